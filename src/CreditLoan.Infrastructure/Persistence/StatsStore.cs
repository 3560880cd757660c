using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// The statistics projections' writes (<see cref="IStatsStore"/>, fed by the statistics projection from the domain
/// events): upserts that add to the counters, in key order, inside the command's transaction (docs/statistics.md).
/// </summary>
internal sealed class StatsStore(AppDbContext db) : IStatsStore
{
    public async Task<bool> CountOverdueOnceAsync(Guid applicationId, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("UPDATE applications SET OverdueCounted = {0} WHERE Id = {1} AND OverdueCounted = {2}",
            [true, applicationId, false], ct) == 1;

    public async Task AddApplicationCountsAsync(IReadOnlyList<ApplicationCountsRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var (sql, parameters) = Upsert("stats_applications_daily", ["Dimension", "Day", "BankId", "GroupKey"], ApplicationStatsDay.CounterNames,
            rows.OrderBy(r => (r.Dimension, r.Day, r.BankId, r.Group)).Select(r => new object[] { r.Dimension, r.Day, r.BankId, r.Group }
                .Concat(r.Counters.Cast<object>()).ToArray()));
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    public async Task AddStationCountsAsync(IReadOnlyList<StationCountsRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var (sql, parameters) = Upsert("stats_station_daily", ["Day", "StationId", "Type"], ["Count", "AmountFen"],
            rows.OrderBy(r => (r.Day, r.StationId, r.Type)).Select(r => new object[] { r.Day, r.StationId, r.Type, r.Count, r.AmountFen }));
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    public async Task AddServiceCountsAsync(IReadOnlyList<ServiceIncrement> increments, CancellationToken ct)
    {
        var rows = increments.GroupBy(i => (i.Day, i.Party, i.PartyId, i.Cause)).OrderBy(g => g.Key)
            .Select(g => new object[] { g.Key.Day, g.Key.Party, g.Key.PartyId, g.Key.Cause }
                .Concat(Enumerable.Range(0, ServiceStatsDay.CounterNames.Length).Select(i => (object)g.Sum(x => x.Counters[i]))).ToArray())
            .ToList();
        if (rows.Count == 0) return;
        var (sql, parameters) = Upsert("stats_service_daily", ["Day", "Party", "PartyId", "Cause"], ServiceStatsDay.CounterNames, rows);
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>
    /// Adds a disbursal day of an enterprise to the served projection of a scope (<see cref="ServedPair"/>): the day
    /// gets a pair with the enterprise's previous day, and the enterprise's next day (a back-dated disbursal) moves its
    /// pair from the old previous day to this one. On MariaDB the enterprise's days are locked first.
    /// </summary>
    public async Task AddServedDayAsync(string scope, Guid enterpriseId, DateOnly day, CancellationToken ct)
    {
        var days = db.Database.IsSqlite()
            ? await db.Database.SqlQuery<DateOnly>($"SELECT Day AS Value FROM stats_served_days WHERE Scope = {scope} AND EnterpriseId = {enterpriseId}")
                .ToListAsync(ct)
            : await db.Database.SqlQuery<DateOnly>(
                $"SELECT Day AS Value FROM stats_served_days WHERE Scope = {scope} AND EnterpriseId = {enterpriseId} FOR UPDATE").ToListAsync(ct);
        if (days.Contains(day)) return;
        var prev = days.Where(d => d < day).DefaultIfEmpty(DateOnly.MinValue).Max();
        var next = days.Where(d => d > day).Order().Cast<DateOnly?>().FirstOrDefault();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO stats_served_days (Scope, EnterpriseId, Day) VALUES ({0}, {1}, {2})", [scope, enterpriseId, day], ct);
        var pairs = new List<object[]> { new object[] { scope, day, prev, 1L } };
        if (next is { } n)
        {
            pairs.Add([scope, n, prev, -1L]);
            pairs.Add([scope, n, day, 1L]);
        }
        foreach (var pair in pairs.OrderBy(p => ((DateOnly)p[1], (DateOnly)p[2])))
        {
            var (sql, parameters) = Upsert("stats_served_pairs", ["Scope", "Day", "PrevDay"], ["N"], [pair]);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
    }

    public async Task<DateOnly> PortfolioOpenFromAsync(CancellationToken ct)
    {
        var last = db.Database.IsSqlite()
            ? await db.Database.SqlQuery<DateOnly>($"SELECT MonthEnd AS Value FROM stats_portfolio_month_end ORDER BY MonthEnd DESC LIMIT 1").ToListAsync(ct)
            : await db.Database.SqlQuery<DateOnly>(
                $"SELECT MonthEnd AS Value FROM stats_portfolio_month_end ORDER BY MonthEnd DESC LIMIT 1 LOCK IN SHARE MODE").ToListAsync(ct);
        return last.Count == 0 ? DateOnly.MinValue : last[0].AddDays(1);
    }

    private Dictionary<(string Dimension, DateOnly Day, Guid BankId, string Group), long[]>? _held;

    public void HoldPortfolioChanges() => _held ??= [];

    public async Task WriteHeldPortfolioChangesAsync(CancellationToken ct)
    {
        if (_held is not { } held) return;
        _held = null;
        await AddPortfolioChangesAsync(held.Select(r => new PortfolioChangeRow(r.Key.Dimension, r.Key.Day, r.Key.BankId, r.Key.Group, r.Value)).ToList(), ct);
    }

    public async Task AddPortfolioChangesAsync(IReadOnlyList<PortfolioChangeRow> rows, CancellationToken ct)
    {
        if (_held is { } held)
        {
            foreach (var r in rows)
            {
                if (!held.TryGetValue((r.Dimension, r.Day, r.BankId, r.Group), out var c)) held[(r.Dimension, r.Day, r.BankId, r.Group)] = c = new long[r.Counters.Length];
                for (var i = 0; i < c.Length; i++) c[i] += r.Counters[i];
            }
            return;
        }
        foreach (var chunk in rows.OrderBy(r => (r.Dimension, r.Day, r.BankId, r.Group)).Chunk(200))
        {
            var (sql, parameters) = Upsert("stats_portfolio_daily", ["Dimension", "Day", "BankId", "GroupKey"], PortfolioCounters.Names,
                chunk.Select(r => new object[] { r.Dimension, r.Day, r.BankId, r.Group }.Concat(r.Counters.Cast<object>()).ToArray()));
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
    }

    public async Task<bool> ClosePortfolioMonthAsync(DateOnly monthEnd, CancellationToken ct)
    {
        if (await db.PortfolioMonthEnds.AnyAsync(m => m.MonthEnd >= monthEnd, ct)) return false;
        var start = new DateOnly(monthEnd.Year, monthEnd.Month, 1);
        var previous = start.AddDays(-1);
        var state = PortfolioCounters.Names.Take(PortfolioCounters.State).ToArray();
        var flows = PortfolioCounters.Names.Skip(PortfolioCounters.State).ToArray();
        // the previous month's end (or, before the first close, every change up to it) plus this month's changes
        var basis = await db.PortfolioMonthEnds.AnyAsync(m => m.MonthEnd == previous && m.Dimension == PortfolioDimension.Closed, ct)
            ? $"SELECT Dimension, BankId, GroupKey, {string.Join(", ", state)}, {string.Join(", ", flows.Select(f => "0 AS " + f))}  FROM stats_portfolio_month_end WHERE MonthEnd = {{1}} AND Dimension <> '{PortfolioDimension.Closed}'"
            : $"SELECT Dimension, BankId, GroupKey, {string.Join(", ", state)}, {string.Join(", ", flows.Select(f => "0 AS " + f))} FROM stats_portfolio_daily WHERE Day < {{2}}";
        var sql = $"INSERT INTO stats_portfolio_month_end (MonthEnd, Dimension, BankId, GroupKey, {string.Join(", ", PortfolioCounters.Names)}) " +
                  $"SELECT {{0}}, Dimension, BankId, GroupKey, {string.Join(", ", PortfolioCounters.Names.Select(c => $"SUM({c})"))} FROM (" +
                  $"{basis} UNION ALL SELECT Dimension, BankId, GroupKey, {string.Join(", ", PortfolioCounters.Names)} FROM stats_portfolio_daily " +
                  $"WHERE Day >= {{2}} AND Day <= {{0}}) x GROUP BY Dimension, BankId, GroupKey";
        await db.Database.ExecuteSqlRawAsync(sql, [monthEnd, previous, start], ct);
        // the month's mark, so that a quiet month is closed too
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO stats_portfolio_month_end (MonthEnd, Dimension, BankId, GroupKey, {string.Join(", ", PortfolioCounters.Names)}) " +
            $"VALUES ({{0}}, '{PortfolioDimension.Closed}', {{1}}, '', {string.Join(", ", PortfolioCounters.Names.Select(_ => "0"))})", [monthEnd, Guid.Empty], ct);
        return true;
    }

    /// <summary>One multi-row insert that adds to the counters of rows that exist (in key order: no deadlock between upserts).</summary>
    private (string Sql, object[] Parameters) Upsert(string table, string[] keys, string[] counters, IEnumerable<object[]> rows)
    {
        var parameters = new List<object>();
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", keys.Concat(counters))}) VALUES ");
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < row.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append('{').Append(parameters.Count).Append('}');
                parameters.Add(row[i]);
            }
            sql.Append(')');
        }
        sql.Append(db.Database.IsSqlite()
            ? $" ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", counters.Select(c => $"{c} = {c} + excluded.{c}"))}"
            : $" ON DUPLICATE KEY UPDATE {string.Join(", ", counters.Select(c => $"{c} = {c} + VALUES({c})"))}");
        return (sql.ToString(), parameters.ToArray());
    }
}
