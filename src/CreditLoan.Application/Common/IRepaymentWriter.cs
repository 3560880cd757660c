using CreditLoan.Domain.Loans;

namespace CreditLoan.Application.Common;

/// <summary>
/// Writes a bulk import's repayments and the loans they changed in multi-row statements, inside the command's transaction
/// (docs/portfolio.md, "Bulk repayments"): the loans are read without tracking, so a batch of a hundred thousand rows costs a
/// few statements per thousand loans instead of a tracked entity per instalment and repayment.
/// </summary>
public interface IRepaymentWriter
{
    /// <summary>Remembers a loan as it was read (its columns and version), before anything is recorded on it.</summary>
    void Read(Loan loan);

    /// <summary>
    /// Inserts <paramref name="repayments"/> and stores the columns that changed of each loan, provided the loan still has the
    /// version it was read with; otherwise the whole save fails as EF Core's optimistic concurrency does
    /// (<c>DbUpdateConcurrencyException</c>, the transaction rolls back). Repayments only: a prepayment changes the schedule.
    /// Everything it needs from the loans is taken before it returns, so the caller may apply the next loans while the
    /// statements run; it must await the task before the next save or any other use of the command's context.
    /// </summary>
    Task SaveAsync(IReadOnlyList<Loan> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct);
}
