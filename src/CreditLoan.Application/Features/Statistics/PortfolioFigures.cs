using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>One row of the portfolio (docs/portfolio.md): state as of the day, flows of its month so far, and the change since the previous month's end.</summary>
public sealed record PortfolioRow(string Key, string? Name, long Loans, decimal Outstanding, decimal OutstandingPreviousMonth, decimal BalanceChange,
    long NewLoans, decimal NewAmount, decimal OverdueBalance, decimal Dpd1To30, decimal Dpd31To60, decimal Dpd61To90, decimal NonPerformingBalance,
    decimal? NplRatio, long FirstTimeBorrowers, decimal? CreditOnlyShare, decimal? AvgAnnualRate)
{
    public static readonly string[] Columns =
    [
        "key", "name", "loans", "outstanding", "outstandingPreviousMonth", "balanceChange", "newLoans", "newAmount", "overdueBalance", "dpd1To30",
        "dpd31To60", "dpd61To90", "nonPerformingBalance", "nplRatio", "firstTimeBorrowers", "creditOnlyShare", "avgAnnualRate",
    ];

    public object?[] Cells() =>
    [
        Key, Name, Loans, Outstanding, OutstandingPreviousMonth, BalanceChange, NewLoans, NewAmount, OverdueBalance, Dpd1To30, Dpd31To60, Dpd61To90,
        NonPerformingBalance, NplRatio, FirstTimeBorrowers, CreditOnlyShare, AvgAnnualRate,
    ];

    /// <summary>A row from the counters as of the day (state and the month's flows) and the state at the previous month's end.</summary>
    public static PortfolioRow Of(string key, string? name, long[] now, long[] previous)
    {
        var outstanding = now[1];
        return new PortfolioRow(key, name, now[0], Money.FromFen(outstanding), Money.FromFen(previous[1]), Money.FromFen(outstanding - previous[1]),
            now[9], Money.FromFen(now[10]), Money.FromFen(now[2]), Money.FromFen(now[3]), Money.FromFen(now[4]), Money.FromFen(now[5]),
            Money.FromFen(now[6]), Ratio(now[6], outstanding), now[11], Ratio(now[7], outstanding),
            outstanding == 0 ? null : Math.Round((decimal)now[8] / outstanding / 10_000m, 4, MidpointRounding.AwayFromZero));
    }

    private static decimal? Ratio(long part, long whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Reads the portfolio projection: the state as of a day is the last closed month's end (if any before it) plus the daily
/// changes since; the flows are the changes from the first of the day's month to the day.
/// </summary>
public static class PortfolioFigures
{
    public static async Task<Dictionary<(Guid Bank, string Key), long[]>> AsOfAsync(IAppDbContext db, string dimension, DateOnly asOf, Guid? bankId,
        CancellationToken ct)
    {
        var closed = await db.PortfolioMonthEnds.AsNoTracking().Where(m => m.Dimension == PortfolioDimension.Closed && m.MonthEnd <= asOf)
            .MaxAsync(m => (DateOnly?)m.MonthEnd, ct);
        var result = new Dictionary<(Guid, string), long[]>();
        void Add(Guid bank, string key, long[] values, int offset)
        {
            if (!result.TryGetValue((bank, key), out var c)) result[(bank, key)] = c = new long[PortfolioCounters.Names.Length];
            for (var i = 0; i < values.Length; i++) c[offset + i] += values[i];
        }
        if (closed is { } m)
        {
            var ends = db.PortfolioMonthEnds.AsNoTracking().Where(r => r.MonthEnd == m && r.Dimension == dimension);
            if (bankId is { } b) ends = ends.Where(r => r.BankId == b);
            foreach (var r in await ends.ToListAsync(ct))
                Add(r.BankId, r.GroupKey, [r.Loans, r.OutstandingFen, r.OverdueFen, r.Dpd1Fen, r.Dpd31Fen, r.Dpd61Fen, r.NplFen, r.CreditFen, r.RateFen], 0);
        }
        var from = closed?.AddDays(1) ?? DateOnly.MinValue;
        var monthStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var days = db.PortfolioStats.AsNoTracking().Where(d => d.Dimension == dimension && d.Day <= asOf && (d.Day >= from || d.Day >= monthStart));
        if (bankId is { } bank) days = days.Where(d => d.BankId == bank);
        var sums = await days.GroupBy(d => new { d.BankId, d.GroupKey, State = d.Day >= from, Flow = d.Day >= monthStart }).Select(g => new
        {
            g.Key.BankId, g.Key.GroupKey, g.Key.State, g.Key.Flow,
            Loans = g.Sum(x => x.Loans), Out = g.Sum(x => x.OutstandingFen), Overdue = g.Sum(x => x.OverdueFen), D1 = g.Sum(x => x.Dpd1Fen),
            D31 = g.Sum(x => x.Dpd31Fen), D61 = g.Sum(x => x.Dpd61Fen), Npl = g.Sum(x => x.NplFen), Credit = g.Sum(x => x.CreditFen),
            Rate = g.Sum(x => x.RateFen), New = g.Sum(x => x.NewLoans), NewFen = g.Sum(x => x.NewFen), First = g.Sum(x => x.FirstTime),
        }).ToListAsync(ct);
        foreach (var s in sums)
        {
            if (s.State) Add(s.BankId, s.GroupKey, [s.Loans, s.Out, s.Overdue, s.D1, s.D31, s.D61, s.Npl, s.Credit, s.Rate], 0);
            if (s.Flow) Add(s.BankId, s.GroupKey, [s.New, s.NewFen, s.First], PortfolioCounters.State);
        }
        return result;
    }

    /// <summary>Counters summed over the groups that <paramref name="keyOf"/> maps together.</summary>
    public static Dictionary<string, long[]> By(Dictionary<(Guid Bank, string Key), long[]> rows, Func<(Guid Bank, string Key), string> keyOf)
    {
        var result = new Dictionary<string, long[]>();
        foreach (var (k, v) in rows)
        {
            if (!result.TryGetValue(keyOf(k), out var c)) result[keyOf(k)] = c = new long[v.Length];
            for (var i = 0; i < v.Length; i++) c[i] += v[i];
        }
        return result;
    }

    public static long[] Zero() => new long[PortfolioCounters.Names.Length];

    public static long[] Sum(IEnumerable<long[]> rows)
    {
        var total = Zero();
        foreach (var r in rows) for (var i = 0; i < r.Length; i++) total[i] += r[i];
        return total;
    }

    public static DateOnly PreviousMonthEnd(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddDays(-1);

    /// <summary>A product category's Chinese name (信用 …).</summary>
    public static string CategoryName(string category) => category switch
    {
        "Credit" => "信用", "Guarantee" => "保证", "Mortgage" => "抵押", "Pledge" => "质押", _ => category,
    };
}
