using CreditLoan.Application.Common;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Stations;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>
/// Keeps the statistics projections in step with the facts (docs/statistics.md): each application move adds its
/// counters on the China day of its own event, where the application was made; each disbursal adds the enterprise's
/// served day; each station posting adds to its day's counters; each case's assignment and closing and each rating add to the
/// service-quality counters (docs/service-quality.md). The business metrics follow once the transaction commits.
/// </summary>
public sealed class StatisticsProjection(IStatsStore store, CommitCallbacks callbacks) : IDomainEventConsumer
{
    public async Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        var rows = new SortedDictionary<(string Dimension, DateOnly Day, Guid BankId, string Group), long[]>();
        long submitted = 0, loans = 0, loanFen = 0;
        foreach (var moved in events.OfType<ApplicationMoved>())
        {
            var a = moved.Application;
            foreach (var increment in StatsEvents.Of(moved.Before, moved.After))
            {
                var inc = increment;
                // counted overdue once, even when the supervision job flags it while a bank acts on it (the flag does not
                // change the application's version): the first transaction to mark it counts it
                if (inc.Overdue > 0 && !await store.CountOverdueOnceAsync(a.Id, ct)) inc = inc with { Overdue = 0 };
                Add(rows, (StatsDimension.Bank, inc.Day, a.BankId, ""), inc);
                Add(rows, (StatsDimension.Township, inc.Day, a.BankId, a.Township), inc);
                Add(rows, (StatsDimension.Industry, inc.Day, a.BankId, a.IndustrySection), inc);
                submitted += inc.Applications;
                loans += inc.Loans;
                loanFen += inc.AmountFen;
            }
        }
        if (rows.Count > 0)
            await store.AddApplicationCountsAsync(rows.Select(r => new ApplicationCountsRow(r.Key.Dimension, r.Key.Day, r.Key.BankId, r.Key.Group, r.Value)).ToList(), ct);
        foreach (var loan in events.OfType<LoanDisbursed>().Select(e => e.Loan))
        {
            await store.AddServedDayAsync(ServedScopes.Platform, loan.EnterpriseId, loan.DisbursedOn, ct);
            await store.AddServedDayAsync(ServedScopes.Of(loan.BankId), loan.EnterpriseId, loan.DisbursedOn, ct);
        }
        var stations = StationRows(events.OfType<StationTransactionPosted>().Select(e => e.Transaction));
        if (stations.Count > 0) await store.AddStationCountsAsync(stations, ct);
        var service = events.OfType<Domain.Cases.CaseMoved>().SelectMany(m => ServiceStats.Of(m.Before, m.After))
            .Concat(events.OfType<Domain.Cases.RatingGiven>().Select(r => ServiceStats.Of(r.Rating))).ToList();
        if (service.Count > 0) await store.AddServiceCountsAsync(service, ct);

        if (submitted > 0) callbacks.AfterCommit(() => BusinessMetrics.ApplicationsSubmitted(submitted));
        if (loans > 0) callbacks.AfterCommit(() => BusinessMetrics.LoansDisbursed(loans, loanFen));
        foreach (var s in stations) callbacks.AfterCommit(() => BusinessMetrics.StationTransactionsPosted(s.Type, s.Count, s.AmountFen));
    }

    /// <summary>The station counters a set of postings adds, one row per day, station and type, in key order (the MariaDB counter writer uses them too).</summary>
    public static IReadOnlyList<StationCountsRow> StationRows(IEnumerable<StationTransaction> transactions) =>
        transactions.GroupBy(t => (t.BusinessDate, t.StationId, t.Type)).OrderBy(g => g.Key)
            .Select(g => new StationCountsRow(g.Key.BusinessDate, g.Key.StationId, g.Key.Type, g.Count(), g.Sum(t => Money.ToFen(t.Amount)))).ToList();

    private static void Add(SortedDictionary<(string, DateOnly, Guid, string), long[]> rows, (string, DateOnly, Guid, string) key, StatsIncrement inc)
    {
        if (!rows.TryGetValue(key, out var c)) rows[key] = c = new long[ApplicationStatsDay.CounterNames.Length];
        var add = inc.Counters();
        for (var i = 0; i < c.Length; i++) c[i] += add[i];
    }
}
