using System.Text;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Statistics;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// Keeps the statistics projections (<see cref="ApplicationStatsDay"/>, <see cref="StationStatsDay"/>) in step with the
/// facts: the changes a save is about to make are turned into counter increments before it, and added with one
/// upsert per table after it, in the same transaction (docs/statistics.md).
/// </summary>
internal sealed class StatsProjector
{
    private static readonly string[] AppCounters = ApplicationStatsDay.CounterNames;

    public const string OverdueCountedColumn = "OverdueCounted";

    public const string TownshipColumn = Application.Features.Statistics.StatsColumns.Township;
    public const string IndustryColumn = Application.Features.Statistics.StatsColumns.Industry;

    private readonly List<(Guid ApplicationId, Guid BankId, string Township, string Industry, StatsIncrement Increment)> _applications = [];
    private readonly Dictionary<(DateOnly Day, Guid StationId, string Type), (long Count, long Fen)> _stations = [];
    private readonly List<(Guid EnterpriseId, Guid BankId, DateOnly Day)> _loans = [];

    public bool IsEmpty => _applications.Count == 0 && _stations.Count == 0 && _loans.Count == 0;

    /// <summary>
    /// Reads what the pending save changes (call before saving: original values are still known). A new application
    /// and a new loan get the enterprise's township and industry section as they are now: the statistics keep counting
    /// an application where it was made, even if the enterprise later moves (columns <c>Township</c>, <c>IndustrySection</c>).
    /// </summary>
    public static async Task<StatsProjector> CollectAsync(AppDbContext db, CancellationToken ct)
    {
        var projector = new StatsProjector();
        var applications = db.ChangeTracker.Entries<LoanApplication>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var loans = db.ChangeTracker.Entries<Domain.Loans.Loan>().Where(e => e.State == EntityState.Added).ToList();
        var stations = db.ChangeTracker.Entries<StationTransaction>().Where(e => e.State == EntityState.Added).ToList();
        if (applications.Count == 0 && loans.Count == 0 && stations.Count == 0) return projector;

        var newcomers = applications.Where(e => e.State == EntityState.Added).Select(e => e.Entity.EnterpriseId)
            .Concat(loans.Select(l => l.Entity.EnterpriseId)).Distinct().ToList();
        var groups = newcomers.Count == 0
            ? []
            : await db.Enterprises.AsNoTracking().Where(e => newcomers.Contains(e.Id)).Select(e => new { e.Id, e.DivisionCode, e.Industry })
                .ToDictionaryAsync(e => e.Id, e => (Township(e.DivisionCode), IndustrySection(e.Industry)), ct);
        foreach (var entry in applications)
        {
            if (entry.State == EntityState.Added)
                (entry.Property(TownshipColumn).CurrentValue, entry.Property(IndustryColumn).CurrentValue) = groups[entry.Entity.EnterpriseId];
            var township = (string)entry.Property(TownshipColumn).CurrentValue!;
            var industry = (string)entry.Property(IndustryColumn).CurrentValue!;
            var after = ApplicationFacts.Of(entry.Entity);
            ApplicationFacts? before = null;
            if (entry.State == EntityState.Modified)
            {
                var o = entry.OriginalValues;
                before = new ApplicationFacts(o.GetValue<ApplicationStatus>(nameof(LoanApplication.Status)), after.SubmittedAt, after.AcceptDueAt,
                    o.GetValue<DateTimeOffset?>(nameof(LoanApplication.AcceptedAt)), o.GetValue<DateTimeOffset?>(nameof(LoanApplication.DecideDueAt)),
                    o.GetValue<DateTimeOffset?>(nameof(LoanApplication.DecidedAt)), o.GetValue<decimal?>(nameof(LoanApplication.DisbursedAmount)),
                    o.GetValue<DateOnly?>(nameof(LoanApplication.DisbursedOn)), o.GetValue<DateTimeOffset?>(nameof(LoanApplication.AcceptOverdueNotifiedAt)),
                    o.GetValue<DateTimeOffset?>(nameof(LoanApplication.DecideOverdueNotifiedAt)));
            }
            foreach (var increment in StatsEvents.Of(before, after))
                projector._applications.Add((entry.Entity.Id, entry.Entity.BankId, township, industry, increment));
        }
        foreach (var entry in loans)
        {
            projector._loans.Add((entry.Entity.EnterpriseId, entry.Entity.BankId, entry.Entity.DisbursedOn));
            // a loan is counted where its application was made
            var application = applications.FirstOrDefault(a => a.Entity.Id == entry.Entity.ApplicationId);
            (entry.Property(TownshipColumn).CurrentValue, entry.Property(IndustryColumn).CurrentValue) = application is not null
                ? ((string)application.Property(TownshipColumn).CurrentValue!, (string)application.Property(IndustryColumn).CurrentValue!)
                : groups[entry.Entity.EnterpriseId];
        }
        foreach (var entry in stations) projector.AddStation(entry.Entity);
        return projector;
    }

    public void AddStation(StationTransaction t)
    {
        var key = (t.BusinessDate, t.StationId, t.Type);
        var (count, fen) = _stations.GetValueOrDefault(key);
        _stations[key] = (count + 1, fen + StatsEvents.Fen(t.Amount));
    }

    /// <summary>Adds the increments to the projections (call inside the save's transaction, after it).</summary>
    public async Task ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        if (_applications.Count > 0)
        {
            var rows = new SortedDictionary<(string Dimension, DateOnly Day, Guid BankId, string Group), long[]>();
            foreach (var (applicationId, bankId, township, industry, increment) in _applications)
            {
                var inc = increment;
                // an application is counted overdue once, even when the supervision job flags it while a bank acts on it
                // (the flag does not change the application's version): the first save to mark it counts it
                if (inc.Overdue > 0 && await db.Database.ExecuteSqlRawAsync(
                        $"UPDATE applications SET {OverdueCountedColumn} = {{0}} WHERE Id = {{1}} AND {OverdueCountedColumn} = {{2}}",
                        [true, applicationId, false], ct) == 0)
                    inc = inc with { Overdue = 0 };
                Add(rows, (StatsDimension.Bank, inc.Day, bankId, ""), inc);
                Add(rows, (StatsDimension.Township, inc.Day, bankId, township), inc);
                Add(rows, (StatsDimension.Industry, inc.Day, bankId, industry), inc);
            }
            var (sql, parameters) = Upsert(db, "stats_applications_daily", ["Dimension", "Day", "BankId", "GroupKey"], AppCounters,
                rows.Select(r => new object[] { r.Key.Dimension, r.Key.Day, r.Key.BankId, r.Key.Group }.Concat(r.Value.Cast<object>()).ToArray()));
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
        foreach (var (enterpriseId, bankId, day) in _loans)
        {
            await AddServedAsync(db, ServedScopes.Platform, enterpriseId, day, ct);
            await AddServedAsync(db, ServedScopes.Of(bankId), enterpriseId, day, ct);
        }
        if (_stations.Count > 0)
        {
            var (sql, parameters) = Upsert(db, "stats_station_daily", ["Day", "StationId", "Type"], ["Count", "AmountFen"],
                _stations.OrderBy(s => s.Key).Select(s => new object[] { s.Key.Day, s.Key.StationId, s.Key.Type, s.Value.Count, s.Value.Fen }));
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
    }

    /// <summary>
    /// Adds a disbursal day of an enterprise to the served projection of a scope (<see cref="ServedPair"/>): the day
    /// gets a pair with the enterprise's previous day, and the enterprise's next day (a back-dated disbursal) moves its
    /// pair from the old previous day to this one. On MariaDB the enterprise's days are locked first.
    /// </summary>
    private static async Task AddServedAsync(AppDbContext db, string scope, Guid enterpriseId, DateOnly day, CancellationToken ct)
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
            var (sql, parameters) = Upsert(db, "stats_served_pairs", ["Scope", "Day", "PrevDay"], ["N"], [pair]);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
    }

    /// <summary>Records the business metrics of this save (call once its transaction committed).</summary>
    public void RecordMetrics()
    {
        var submitted = _applications.Sum(a => a.Increment.Applications);
        if (submitted > 0) Application.Common.BusinessMetrics.ApplicationsSubmitted(submitted);
        var loans = _applications.Sum(a => a.Increment.Loans);
        if (loans > 0) Application.Common.BusinessMetrics.LoansDisbursed(loans, _applications.Sum(a => a.Increment.AmountFen));
        foreach (var (key, value) in _stations) Application.Common.BusinessMetrics.StationTransactionsPosted(key.Type, value.Count, value.Fen);
    }

    public static string Township(string divisionCode) => divisionCode.Length >= 9 ? divisionCode[..9] : divisionCode;

    public static string IndustrySection(string industry) => industry.Length > 0 ? industry[..1] : "";

    private static void Add(SortedDictionary<(string, DateOnly, Guid, string), long[]> rows, (string, DateOnly, Guid, string) key, StatsIncrement inc)
    {
        if (!rows.TryGetValue(key, out var c)) rows[key] = c = new long[AppCounters.Length];
        var add = inc.Counters();
        for (var i = 0; i < c.Length; i++) c[i] += add[i];
    }

    /// <summary>One multi-row insert that adds to the counters of rows that exist (in key order: no deadlock between upserts).</summary>
    private static (string Sql, object[] Parameters) Upsert(AppDbContext db, string table, string[] keys, string[] counters, IEnumerable<object[]> rows)
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
