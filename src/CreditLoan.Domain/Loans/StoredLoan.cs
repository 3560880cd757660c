using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>
/// A loan's own columns as stored, without its instalments and repayments: what a bulk import reads to rebuild a loan whose
/// schedule is as generated (<see cref="Loan.Rebuild"/>). Every column the loan stores is here (a test holds it to the model).
/// </summary>
public sealed record StoredLoan(Guid Id, Guid ApplicationId, Guid EnterpriseId, Guid BankId, decimal Principal, decimal AnnualRate, int TermMonths,
    RepaymentMethod RepaymentMethod, DateOnly DisbursedOn, string Township, string IndustrySection, ProductCategory Category, bool FirstTimeBorrower,
    DateOnly BookedOn, DateTimeOffset CreatedAt, decimal PaidTotal, decimal OutstandingPrincipal, DateOnly? OldestUnpaidDue, DateOnly? DueToldFor,
    DateOnly? OverdueToldFor, bool PositionStale, DateTimeOffset? SettledAt, string? ScheduleDigest, Guid Version)
{
    public static StoredLoan Of(Loan l) => new(l.Id, l.ApplicationId, l.EnterpriseId, l.BankId, l.Principal, l.AnnualRate, l.TermMonths, l.RepaymentMethod,
        l.DisbursedOn, l.Township, l.IndustrySection, l.Category, l.FirstTimeBorrower, l.BookedOn, l.CreatedAt, l.PaidTotal, l.OutstandingPrincipal,
        l.OldestUnpaidDue, l.DueToldFor, l.OverdueToldFor, l.PositionStale, l.SettledAt, l.ScheduleDigest, l.Version);
}
