using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>
/// Keeps the portfolio projection (docs/portfolio.md) in the transaction of the loan's change: a disbursal adds the new loan
/// and its state from its booked day, a repayment or prepayment adds the difference it makes from its booked day on —
/// including the future days an instalment would have become 1, 31, 61 or 91 days past due — under the bank, the township,
/// the industry section and the product category.
/// </summary>
public sealed class PortfolioProjection(IStatsStore store) : IDomainEventConsumer
{
    public async Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        var rows = new Dictionary<(string, DateOnly, Guid, string), long[]>();
        foreach (var loan in events.OfType<LoanDisbursed>().Select(e => e.Loan).Where(l => !l.PositionStale))
        {
            Add(rows, loan, loan.BookedOn, PortfolioSteps.NewLoan(loan));
            foreach (var (day, change) in PortfolioSteps.Between(null, PortfolioLoan.Of(loan), loan.BookedOn)) Add(rows, loan, day, change);
        }
        // a loan changed several times in one command (rows of one loan in a repayment import) makes one change: from the
        // loan before the first to the loan now, from the earliest booked day (each event's "after" is the loan now). Each
        // loan's steps are its own (pure), so a bulk import's are worked out on every core, then added up in order
        var serviced = events.OfType<LoanServiced>().GroupBy(s => s.Loan).ToList();
        var steps = serviced.Count < ParallelFrom ? serviced.Select(Steps).ToList() : serviced.AsParallel().AsOrdered().Select(Steps).ToList();
        foreach (var (loan, restated, changes) in steps)
        {
            if (restated) Add(rows, loan, loan.BookedOn, PortfolioSteps.NewLoan(loan));
            foreach (var (day, change) in changes) Add(rows, loan, day, change);
        }
        if (rows.Count > 0)
            await store.AddPortfolioChangesAsync(rows.Select(r => new PortfolioChangeRow(r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Key.Item4, r.Value)).ToList(), ct);
    }

    /// <summary>Loans changed in one command from which their steps are worked out in parallel (a bulk import's).</summary>
    private const int ParallelFrom = 500;

    /// <summary>A changed loan's steps; restated: a 1.0.0 loan worked out for the first time, counted as new.</summary>
    private static (Loan Loan, bool Restated, IReadOnlyList<(DateOnly Day, long[] Change)> Changes) Steps(IGrouping<Loan, LoanServiced> changes)
    {
        var (loan, first) = (changes.Key, changes.First());
        var after = PortfolioLoan.Of(loan);
        var before = first.ScheduleBefore.Count == 0 ? null : after.Before(first.ScheduleBefore, first.PaymentsBefore);
        return (loan, before is null, PortfolioSteps.Between(before, after, changes.Min(s => s.From)));
    }

    /// <summary>The group keys a loan is counted under, by dimension.</summary>
    public static IEnumerable<(string Dimension, string Key)> Groups(Loan loan) =>
    [
        (PortfolioDimension.Bank, ""), (PortfolioDimension.Township, loan.Township ?? ""), (PortfolioDimension.Industry, loan.IndustrySection ?? ""),
        (PortfolioDimension.Category, loan.Category.ToString()),
    ];

    private static void Add(Dictionary<(string, DateOnly, Guid, string), long[]> rows, Loan loan, DateOnly day, long[] change)
    {
        foreach (var (dimension, key) in Groups(loan))
        {
            if (!rows.TryGetValue((dimension, day, loan.BankId, key), out var c)) rows[(dimension, day, loan.BankId, key)] = c = new long[change.Length];
            for (var i = 0; i < c.Length; i++) c[i] += change[i];
        }
    }
}
