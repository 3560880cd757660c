using CreditLoan.Domain.Loans;

namespace CreditLoan.Application.Common;

/// <summary>
/// Writes a bulk import's repayments and the loans they changed in multi-row statements, inside the command's transaction
/// (docs/portfolio.md, "Bulk repayments"): the loans were read without tracking, so a batch of a hundred thousand rows
/// costs a few statements per thousand loans instead of a tracked entity per instalment.
/// </summary>
public interface IRepaymentWriter
{
    /// <summary>
    /// Inserts <paramref name="repayments"/> and stores each loan's columns as they are now, provided the loan still has the
    /// version it was read with; otherwise the whole save fails as EF Core's optimistic concurrency does
    /// (<c>DbUpdateConcurrencyException</c>, the transaction rolls back). Repayments only: a prepayment changes the schedule.
    /// </summary>
    Task SaveAsync(IReadOnlyList<(Loan Loan, Guid ReadVersion)> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct);
}
