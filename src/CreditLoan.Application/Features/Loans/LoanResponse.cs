using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;

namespace CreditLoan.Application.Features.Loans;

/// <summary>How an instalment stands today: paid off, partly paid, overdue (due before today and not fully paid), or due (nothing paid yet, not late).</summary>
public enum InstalmentStatus { Due, PartlyPaid, Paid, Overdue }

/// <param name="Period">The row's place in the schedule (1, 2, …); a prepayment is a row of its own.</param>
public sealed record InstalmentResponse(int Period, DateOnly DueDate, decimal Principal, decimal Interest, decimal Payment, decimal Remaining,
    bool IsPrepayment, decimal PaidPrincipal, decimal PaidInterest, InstalmentStatus Status);

public sealed record LoanResponse(
    Guid Id,
    Guid ApplicationId,
    Guid EnterpriseId,
    Guid BankId,
    decimal Principal,
    decimal AnnualRate,
    int TermMonths,
    RepaymentMethod RepaymentMethod,
    ProductCategory Category,
    DateOnly DisbursedOn,
    LoanStatus Status,
    decimal TotalDue,
    decimal PaidTotal,
    decimal Outstanding,
    decimal OutstandingPrincipal,
    int DaysPastDue,
    DateOnly? NextDueDate,
    bool FirstTimeBorrower,
    IReadOnlyList<InstalmentResponse> Schedule,
    IReadOnlyList<RepaymentResponse> Repayments)
{
    /// <summary>Who borrowed and from whom, by name (<c>GET /api/loans/{id}</c>; null in the other answers).</summary>
    public string? EnterpriseName { get; init; }

    public string? BankName { get; init; }

    public static LoanResponse From(Loan l, DateOnly today)
    {
        var schedule = l.OrderedSchedule;
        var paid = l.Allocation();
        var rows = schedule.Select((p, i) => new InstalmentResponse(i + 1, p.DueDate, p.Principal, p.Interest, p.Payment, p.Remaining, p.IsPrepayment,
            paid[i].Principal, paid[i].Interest, StatusOf(p, paid[i], today))).ToList();
        return new LoanResponse(l.Id, l.ApplicationId, l.EnterpriseId, l.BankId, l.Principal, l.AnnualRate, l.TermMonths, l.RepaymentMethod, l.Category,
            l.DisbursedOn, l.StatusOn(today), l.TotalDue, l.PaidTotal, l.Outstanding, l.OutstandingPrincipal, l.DaysPastDue(today), l.NextDueDate(today),
            l.FirstTimeBorrower, rows,
            l.Repayments.OrderBy(r => r.PaidOn).ThenBy(r => r.RecordedAt)
                .Select(r => new RepaymentResponse(r.Id, r.Amount, r.PaidOn, r.RecordedAt, r.IsPrepayment)).ToList());
    }

    private static InstalmentStatus StatusOf(ScheduledPayment p, InstalmentPaid paid, DateOnly today) =>
        paid.PaidOffOn is not null ? InstalmentStatus.Paid
        : p.DueDate < today ? InstalmentStatus.Overdue
        : paid.Interest + paid.Principal > 0 ? InstalmentStatus.PartlyPaid
        : InstalmentStatus.Due;
}
