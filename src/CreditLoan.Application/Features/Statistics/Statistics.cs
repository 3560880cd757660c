using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>A date range in China Standard Time, both ends included; defaults to this year up to today.</summary>
public interface IStatsRange
{
    DateOnly? From { get; }
    DateOnly? To { get; }
}

/// <summary>A table of figures: what the JSON answers list and what the CSV and XLSX exports hold, column for column.</summary>
public sealed record StatsTable(string Name, DateOnly From, DateOnly To, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public IEnumerable<IDictionary<string, object?>> Items() =>
        Rows.Select(r => (IDictionary<string, object?>)Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}

public sealed record OverviewResponse(DateOnly From, DateOnly To, int ActiveBanks, int PublishedProducts, int RegisteredEnterprises, int NeedsPosted,
    long Applications, long Approvals, long LoansDisbursed, decimal AmountDisbursed, int EnterprisesServed, decimal? ApprovalRate,
    decimal? AvgDaysToDisburse, long OverdueApplications);

public enum StatsGrouping { Bank, Township, Industry, Month }

public enum StationGrouping { Type, Station, Township, Day }

/// <summary>The overview (docs/statistics.md): the bureau's for the platform, a bank's for its own bank.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetOverviewQuery(DateOnly? From, DateOnly? To) : IQuery<OverviewResponse>, IStatsRange;

/// <summary>A breakdown by bank, township, industry or month; a bank gets only its own rows.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetBreakdownQuery(StatsGrouping By, DateOnly? From, DateOnly? To) : IQuery<StatsTable>, IStatsRange;

/// <summary>Station transactions by type, station, township or day; a bank gets only its partner stations.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetStationStatsQuery(StationGrouping By, DateOnly? From, DateOnly? To) : IQuery<StatsTable>, IStatsRange;

public abstract class StatsRangeValidator<T> : AbstractValidator<T> where T : IStatsRange
{
    public StatsRangeValidator()
    {
        RuleFor(q => q.To).Must((q, to) => q.From is not { } from || to is not { } t || from <= t).WithMessage("to must not be before from.")
            .OverridePropertyName("to");
        RuleFor(q => q.From).Must((q, from) => from is not { } f || q.To is not { } t || t.DayNumber - f.DayNumber <= 3660)
            .WithMessage("The range may span at most ten years.").OverridePropertyName("from");
    }
}

public sealed class GetOverviewValidator : StatsRangeValidator<GetOverviewQuery>;

public sealed class GetBreakdownValidator : StatsRangeValidator<GetBreakdownQuery>;

public sealed class GetStationStatsValidator : StatsRangeValidator<GetStationStatsQuery>;

/// <summary>The range's ends and instants, and the caller's bank when the caller is a bank.</summary>
internal sealed record StatsScope(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End, Guid? BankId)
{
    public static StatsScope Of(IStatsRange q, ICurrentUser user, TimeProvider clock)
    {
        var today = ChinaTime.Today(clock);
        var to = q.To ?? today;
        var from = q.From ?? new DateOnly(to.Year, 1, 1);
        if (from > to) from = to;
        return new StatsScope(from, to, ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)), user.IsInRole(Roles.Bank) ? user.RequireBankId() : null);
    }

    public IQueryable<ApplicationStatsDay> Days(IAppDbContext db, string dimension)
    {
        var rows = db.ApplicationStats.AsNoTracking().Where(s => s.Dimension == dimension && s.Day >= From && s.Day <= To);
        return BankId is { } bank ? rows.Where(s => s.BankId == bank) : rows;
    }

    public IQueryable<Domain.Loans.Loan> Loans(IAppDbContext db)
    {
        var loans = db.Loans.AsNoTracking().Where(l => l.DisbursedOn >= From && l.DisbursedOn <= To);
        return BankId is { } bank ? loans.Where(l => l.BankId == bank) : loans;
    }
}

/// <summary>Sums of the projection's counters over a group.</summary>
internal sealed record Counters(long Applications, long Approvals, long Rejections, long Accepts, long AcceptSeconds, long Decisions, long DecideSeconds,
    long Loans, long AmountFen, long DaysToDisburse, long Overdue)
{
    public static readonly Counters Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counters Plus(Counters o) => new(Applications + o.Applications, Approvals + o.Approvals, Rejections + o.Rejections, Accepts + o.Accepts,
        AcceptSeconds + o.AcceptSeconds, Decisions + o.Decisions, DecideSeconds + o.DecideSeconds, Loans + o.Loans, AmountFen + o.AmountFen,
        DaysToDisburse + o.DaysToDisburse, Overdue + o.Overdue);

    public decimal Amount => Money.FromFen(AmountFen);
    public decimal? ApprovalRate => Approvals + Rejections == 0 ? null : Math.Round((decimal)Approvals / (Approvals + Rejections), 4);
    public decimal? AvgDaysToDisburse => Loans == 0 ? null : Math.Round((decimal)DaysToDisburse / Loans, 2);
    public decimal? AvgAcceptHours => Accepts == 0 ? null : Math.Round(AcceptSeconds / 3600m / Accepts, 2);
    public decimal? AvgDecideHours => Decisions == 0 ? null : Math.Round(DecideSeconds / 3600m / Decisions, 2);

    /// <summary>The sums per group key, in one query.</summary>
    public static async Task<Dictionary<TKey, Counters>> ByAsync<TKey>(IQueryable<ApplicationStatsDay> days,
        System.Linq.Expressions.Expression<Func<ApplicationStatsDay, TKey>> key, CancellationToken ct) where TKey : notnull =>
        (await days.GroupBy(key).Select(g => new
            {
                g.Key,
                C = new Counters(g.Sum(x => x.Applications), g.Sum(x => x.Approvals), g.Sum(x => x.Rejections), g.Sum(x => x.Accepts),
                    g.Sum(x => x.AcceptSeconds), g.Sum(x => x.Decisions), g.Sum(x => x.DecideSeconds), g.Sum(x => x.Loans), g.Sum(x => x.AmountFen),
                    g.Sum(x => x.DaysToDisburse), g.Sum(x => x.Overdue)),
            }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.C);
}

public sealed class GetOverviewHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetOverviewQuery, OverviewResponse>
{
    public async ValueTask<OverviewResponse> Handle(GetOverviewQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var c = (await Counters.ByAsync(s.Days(db, StatsDimension.Bank), _ => 1, ct)).GetValueOrDefault(1) ?? Counters.Zero;
        var served = await Served.CountAsync(db, s.BankId is { } b ? ServedScopes.Of(b) : ServedScopes.Platform, s.From, s.To, ct);
        var banks = db.Banks.AsNoTracking().Where(b => b.Status == BankStatus.Active && b.CreatedAt < s.End);
        var products = db.Products.AsNoTracking()
            .Where(p => p.Status != ProductStatus.Draft && p.PublishedAt < s.End && (p.RetiredAt == null || p.RetiredAt >= s.End));
        int enterprises, needs;
        if (s.BankId is { } bank)
        {
            banks = banks.Where(b => b.Id == bank);
            products = products.Where(p => p.BankId == bank);
            // a bank's own market: the enterprises that applied to it, the needs it was applied to with
            enterprises = await db.Applications.AsNoTracking().Where(a => a.BankId == bank && a.SubmittedAt < s.End)
                .Select(a => a.EnterpriseId).Distinct().CountAsync(ct);
            needs = await (from a in db.Applications.AsNoTracking()
                           where a.BankId == bank && a.NeedId != null
                           join n in db.Needs.AsNoTracking() on a.NeedId equals n.Id
                           where n.PostedAt >= s.Start && n.PostedAt < s.End
                           select n.Id).Distinct().CountAsync(ct);
        }
        else
        {
            enterprises = await db.Enterprises.AsNoTracking().CountAsync(e => e.RegisteredAt < s.End, ct);
            needs = await db.Needs.AsNoTracking().CountAsync(n => n.PostedAt >= s.Start && n.PostedAt < s.End, ct);
        }
        return new OverviewResponse(s.From, s.To, await banks.CountAsync(ct), await products.CountAsync(ct), enterprises, needs, c.Applications,
            c.Approvals, c.Loans, c.Amount, (int)served, c.ApprovalRate, c.AvgDaysToDisburse, c.Overdue);
    }
}

public sealed class GetBreakdownHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetBreakdownQuery, StatsTable>
{
    private static readonly string[] Figures =
    [
        "applications", "approvals", "rejections", "approvalRate", "loansDisbursed", "amountDisbursed", "enterprisesServed", "avgDaysToDisburse",
        "avgAcceptHours", "avgDecideHours", "overdueApplications",
    ];

    public async ValueTask<StatsTable> Handle(GetBreakdownQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        return q.By switch
        {
            StatsGrouping.Bank => await ByBankAsync(s, ct),
            StatsGrouping.Township => await ByGroupAsync(s, StatsDimension.Township, "townshipCode", "townshipName", _ => null, ct),
            StatsGrouping.Industry => await ByGroupAsync(s, StatsDimension.Industry, "industry", "industryName", IndustrySections.NameOf, ct),
            _ => await ByMonthAsync(s, ct),
        };
    }

    private static object?[] Row(object?[] key, Counters c, long served) =>
    [
        .. key, c.Applications, c.Approvals, c.Rejections, c.ApprovalRate, c.Loans, c.Amount, served, c.AvgDaysToDisburse, c.AvgAcceptHours,
        c.AvgDecideHours, c.Overdue,
    ];

    private async Task<StatsTable> ByBankAsync(StatsScope s, CancellationToken ct)
    {
        var counters = await Counters.ByAsync(s.Days(db, StatsDimension.Bank), d => d.BankId, ct);
        var served = await Served.ByBankAsync(db, s.From, s.To, ct);
        var banks = db.Banks.AsNoTracking();
        if (s.BankId is { } own) banks = banks.Where(b => b.Id == own);
        var rows = (await banks.Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => Row([b.Id, b.Name], counters.GetValueOrDefault(b.Id) ?? Counters.Zero, served.GetValueOrDefault(b.Id)))
            .ToList();
        return new StatsTable("by-bank", s.From, s.To, ["bankId", "bankName", .. Figures], rows);
    }

    private async Task<StatsTable> ByGroupAsync(StatsScope s, string dimension, string keyColumn, string nameColumn, Func<string, string?> name,
        CancellationToken ct)
    {
        var counters = await Counters.ByAsync(s.Days(db, dimension), d => d.GroupKey, ct);
        // a loan is counted where its application was made (the Township / IndustrySection columns, set with the loan)
        var column = dimension == StatsDimension.Township ? StatsColumns.Township : StatsColumns.Industry;
        var served = await s.Loans(db).GroupBy(l => EF.Property<string>(l, column))
            .Select(g => new { g.Key, N = g.Select(x => x.EnterpriseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var rows = counters.Keys.Union(served.Keys).Order(StringComparer.Ordinal)
            .Select(k => Row([k, name(k)], counters.GetValueOrDefault(k) ?? Counters.Zero, served.GetValueOrDefault(k)))
            .ToList();
        return new StatsTable($"by-{keyColumn.Replace("Code", "")}", s.From, s.To, [keyColumn, nameColumn, .. Figures], rows);
    }

    private async Task<StatsTable> ByMonthAsync(StatsScope s, CancellationToken ct)
    {
        var byDay = await Counters.ByAsync(s.Days(db, StatsDimension.Bank), d => d.Day, ct);
        var counters = byDay.GroupBy(d => d.Key.ToString("yyyy-MM")).ToDictionary(g => g.Key, g => g.Aggregate(Counters.Zero, (a, d) => a.Plus(d.Value)));
        var served = await Served.ByMonthAsync(db, s.BankId is { } b ? ServedScopes.Of(b) : ServedScopes.Platform, s.From, s.To, ct);
        // every month of the range, also the quiet ones: a trend has no holes
        var months = new List<string>();
        for (var m = new DateOnly(s.From.Year, s.From.Month, 1); m <= s.To; m = m.AddMonths(1)) months.Add(m.ToString("yyyy-MM"));
        var rows = months.Select(m => Row([m], counters.GetValueOrDefault(m) ?? Counters.Zero, served.GetValueOrDefault(m))).ToList();
        return new StatsTable("by-month", s.From, s.To, ["month", .. Figures], rows);
    }
}

public sealed class GetStationStatsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetStationStatsQuery, StatsTable>
{
    public async ValueTask<StatsTable> Handle(GetStationStatsQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var stations = db.Stations.AsNoTracking();
        if (s.BankId is { } bank) stations = stations.Where(x => x.PartnerBankId == bank);
        var days = from d in db.StationStats.AsNoTracking()
                   where d.Day >= s.From && d.Day <= s.To
                   join st in stations on d.StationId equals st.Id
                   select new { d.Day, d.StationId, d.Type, d.Count, d.AmountFen, st.Name, st.VillageCode };
        switch (q.By)
        {
            case StationGrouping.Type:
            {
                var rows = await days.GroupBy(d => d.Type).Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-type", s.From, s.To, ["type", "count", "amount"],
                    rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new object?[] { r.Key, r.N, Money.FromFen(r.F) }).ToList());
            }
            case StationGrouping.Station:
            {
                var rows = await days.GroupBy(d => new { d.StationId, d.Name, d.VillageCode })
                    .Select(g => new { g.Key.StationId, g.Key.Name, g.Key.VillageCode, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-station", s.From, s.To, ["stationId", "stationName", "villageCode", "count", "amount"],
                    rows.OrderBy(r => r.VillageCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
                        .Select(r => new object?[] { r.StationId, r.Name, r.VillageCode, r.N, Money.FromFen(r.F) }).ToList());
            }
            case StationGrouping.Township:
            {
                var rows = await days.GroupBy(d => d.VillageCode.Substring(0, 9))
                    .Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-township", s.From, s.To, ["townshipCode", "count", "amount"],
                    rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new object?[] { r.Key, r.N, Money.FromFen(r.F) }).ToList());
            }
            default:
            {
                var rows = await days.GroupBy(d => d.Day).Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-day", s.From, s.To, ["day", "count", "amount"],
                    rows.OrderBy(r => r.Key).Select(r => new object?[] { r.Key, r.N, Money.FromFen(r.F) }).ToList());
            }
        }
    }
}

/// <summary>Enterprises served (distinct, with at least one disbursal in the range) from the <see cref="ServedPair"/> projection.</summary>
internal static class Served
{
    public static async Task<long> CountAsync(IAppDbContext db, string scope, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.ServedPairs.AsNoTracking().Where(p => p.Scope == scope && p.Day >= from && p.Day <= to && p.PrevDay < from).SumAsync(p => p.N, ct);

    public static async Task<Dictionary<Guid, long>> ByBankAsync(IAppDbContext db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.ServedPairs.AsNoTracking().Where(p => p.Scope != ServedScopes.Platform && p.Day >= from && p.Day <= to && p.PrevDay < from)
            .GroupBy(p => p.Scope).Select(g => new { g.Key, N = g.Sum(p => p.N) }).ToListAsync(ct))
        .ToDictionary(x => Guid.ParseExact(x.Key, "N"), x => x.N);

    /// <summary>Per month of the range: each month counts the enterprises whose first disbursal within that month's part of the range falls in it.</summary>
    public static async Task<Dictionary<string, long>> ByMonthAsync(IAppDbContext db, string scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var pairs = await db.ServedPairs.AsNoTracking().Where(p => p.Scope == scope && p.Day >= from && p.Day <= to)
            .Select(p => new { p.Day, p.PrevDay, p.N }).ToListAsync(ct);
        return pairs.GroupBy(p => p.Day.ToString("yyyy-MM"))
            .ToDictionary(g => g.Key, g =>
            {
                var first = g.First().Day;
                var start = new DateOnly(first.Year, first.Month, 1);
                if (start < from) start = from;
                return g.Where(p => p.PrevDay < start).Sum(p => p.N);
            });
    }
}

/// <summary>Where an application (and its loan) was made, as the statistics count it: columns kept next to the entity's own.</summary>
public static class StatsColumns
{
    public const string Township = "Township";
    public const string Industry = "IndustrySection";
}

/// <summary>GB/T 4754-2017 sections (门类).</summary>
public static class IndustrySections
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["A"] = "农、林、牧、渔业", ["B"] = "采矿业", ["C"] = "制造业", ["D"] = "电力、热力、燃气及水生产和供应业", ["E"] = "建筑业",
        ["F"] = "批发和零售业", ["G"] = "交通运输、仓储和邮政业", ["H"] = "住宿和餐饮业", ["I"] = "信息传输、软件和信息技术服务业", ["J"] = "金融业",
        ["K"] = "房地产业", ["L"] = "租赁和商务服务业", ["M"] = "科学研究和技术服务业", ["N"] = "水利、环境和公共设施管理业",
        ["O"] = "居民服务、修理和其他服务业", ["P"] = "教育", ["Q"] = "卫生和社会工作", ["R"] = "文化、体育和娱乐业",
        ["S"] = "公共管理、社会保障和社会组织", ["T"] = "国际组织",
    };

    public static string? NameOf(string section) => Names.GetValueOrDefault(section);
}

public sealed record StatsVerification(int ApplicationsChecked, int StationTransactionsChecked, IReadOnlyList<string> Differences)
{
    public bool Consistent => Differences.Count == 0;
}

/// <summary>
/// Recomputes both statistics projections from the facts (every application's life so far, every station transaction)
/// and lists every row where they differ: the projections are kept in the facts' transactions, and this proves it.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record VerifyStatisticsQuery : IQuery<StatsVerification>;

public sealed class VerifyStatisticsHandler(IAppDbContext db) : IQueryHandler<VerifyStatisticsQuery, StatsVerification>
{
    public async ValueTask<StatsVerification> Handle(VerifyStatisticsQuery q, CancellationToken ct)
    {
        var expected = new Dictionary<(string, DateOnly, Guid, string), long[]>();
        var applications = 0;
        await foreach (var x in db.Applications.AsNoTracking()
                           .Select(a => new { a, Township = EF.Property<string>(a, StatsColumns.Township), Industry = EF.Property<string>(a, StatsColumns.Industry) })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            applications++;
            var a = x.a;
            foreach (var inc in StatsEvents.Of(null, ApplicationFacts.Of(a)))
            {
                var add = inc.Counters();
                foreach (var key in new[]
                         {
                             (StatsDimension.Bank, inc.Day, a.BankId, ""),
                             (StatsDimension.Township, inc.Day, a.BankId, x.Township),
                             (StatsDimension.Industry, inc.Day, a.BankId, x.Industry),
                         })
                {
                    if (!expected.TryGetValue(key, out var c)) expected[key] = c = new long[add.Length];
                    for (var i = 0; i < add.Length; i++) c[i] += add[i];
                }
            }
        }
        var differences = new List<string>();
        var actual = await db.ApplicationStats.AsNoTracking().ToListAsync(ct);
        foreach (var row in actual)
        {
            var have = row.Counters();
            var key = (row.Dimension, row.Day, row.BankId, row.GroupKey);
            var want = expected.GetValueOrDefault(key) ?? new long[have.Length];
            expected.Remove(key);
            if (!have.SequenceEqual(want))
                differences.Add($"{key}: projection [{string.Join(",", have)}], facts [{string.Join(",", want)}]");
        }
        differences.AddRange(expected.Where(x => x.Value.Any(v => v != 0)).Select(x => $"{x.Key}: projection missing, facts [{string.Join(",", x.Value)}]"));

        var stationFacts = new Dictionary<(DateOnly, Guid, string), (long Count, long Fen)>();
        var transactions = 0;
        await foreach (var t in db.StationTransactions.AsNoTracking().Select(t => new { t.BusinessDate, t.StationId, t.Type, t.Amount }).AsAsyncEnumerable()
                           .WithCancellation(ct))
        {
            transactions++;
            var key = (t.BusinessDate, t.StationId, t.Type);
            var (n, fen) = stationFacts.GetValueOrDefault(key);
            stationFacts[key] = (n + 1, fen + StatsEvents.Fen(t.Amount));
        }
        foreach (var row in await db.StationStats.AsNoTracking().ToListAsync(ct))
        {
            var key = (row.Day, row.StationId, row.Type);
            var want = stationFacts.GetValueOrDefault(key);
            stationFacts.Remove(key);
            if (want != (row.Count, row.AmountFen))
                differences.Add($"{key}: projection ({row.Count}, {row.AmountFen} fen), facts ({want.Count}, {want.Fen} fen)");
        }
        differences.AddRange(stationFacts.Select(x => $"{x.Key}: projection missing, facts ({x.Value.Count}, {x.Value.Fen} fen)"));

        // enterprises served: each enterprise's disbursal days per scope, paired with the day before
        var days = new Dictionary<(string Scope, Guid Enterprise), SortedSet<DateOnly>>();
        await foreach (var l in db.Loans.AsNoTracking().Select(l => new { l.EnterpriseId, l.BankId, l.DisbursedOn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (var scope in new[] { ServedScopes.Platform, ServedScopes.Of(l.BankId) })
            {
                if (!days.TryGetValue((scope, l.EnterpriseId), out var set)) days[(scope, l.EnterpriseId)] = set = [];
                set.Add(l.DisbursedOn);
            }
        }
        var pairs = new Dictionary<(string, DateOnly, DateOnly), long>();
        foreach (var ((scope, _), set) in days)
        {
            var prev = DateOnly.MinValue;
            foreach (var day in set)
            {
                pairs[(scope, day, prev)] = pairs.GetValueOrDefault((scope, day, prev)) + 1;
                prev = day;
            }
        }
        foreach (var row in await db.ServedPairs.AsNoTracking().Where(p => p.N != 0).ToListAsync(ct))
        {
            var key = (row.Scope, row.Day, row.PrevDay);
            var want = pairs.GetValueOrDefault(key);
            pairs.Remove(key);
            if (want != row.N) differences.Add($"served {key}: projection {row.N}, facts {want}");
        }
        differences.AddRange(pairs.Select(x => $"served {x.Key}: projection missing, facts {x.Value}"));
        return new StatsVerification(applications, transactions, differences);
    }
}
