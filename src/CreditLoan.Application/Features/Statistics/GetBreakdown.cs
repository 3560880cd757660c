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

/// <summary>A breakdown by bank, township, industry or month; a bank gets only its own rows.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetBreakdownQuery(StatsGrouping By, DateOnly? From, DateOnly? To) : IQuery<StatsTable>, IStatsRange;

public sealed class GetBreakdownValidator : StatsRangeValidator<GetBreakdownQuery>;

public sealed class GetBreakdownHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions) : IQueryHandler<GetBreakdownQuery, StatsTable>
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
            StatsGrouping.Township => await ByGroupAsync(s, StatsDimension.Township, "townshipCode", "townshipName", divisions.NameOf, ct),
            StatsGrouping.Industry => await ByGroupAsync(s, StatsDimension.Industry, "industry", "industryName", Domain.Places.Industries.NameOf, ct),
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
        var listed = (await banks.Select(b => new { b.Id, b.Name }).ToListAsync(ct)).OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        var rows = listed.Select(b => Row([b.Id, b.Name], counters.GetValueOrDefault(b.Id) ?? Counters.Zero, served.GetValueOrDefault(b.Id))).ToList();
        var total = Sum(listed.Select(b => counters.GetValueOrDefault(b.Id)));
        return new StatsTable("by-bank", s.From, s.To, ["bankId", "bankName", .. Figures], rows)
            { Totals = Row([null, null], total, await ServedInScopeAsync(s, ct)) };
    }

    private async Task<StatsTable> ByGroupAsync(StatsScope s, string dimension, string keyColumn, string nameColumn, Func<string, string?> name,
        CancellationToken ct)
    {
        var counters = await Counters.ByAsync(s.Days(db, dimension), d => d.GroupKey, ct);
        // a loan is counted where its application was made (the Township / IndustrySection columns, set with the loan)
        var loans = s.Loans(db);
        var served = await (dimension == StatsDimension.Township ? loans.GroupBy(l => l.Township) : loans.GroupBy(l => l.IndustrySection))
            .Select(g => new { g.Key, N = g.Select(x => x.EnterpriseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var rows = counters.Keys.Union(served.Keys).Order(StringComparer.Ordinal)
            .Select(k => Row([k, name(k)], counters.GetValueOrDefault(k) ?? Counters.Zero, served.GetValueOrDefault(k)))
            .ToList();
        // an enterprise that borrowed in two townships (or industries) is one enterprise in the totals: the served projection
        // counts it once (a distinct count over the range's loans took seconds at a million loans)
        return new StatsTable($"by-{keyColumn.Replace("Code", "")}", s.From, s.To, [keyColumn, nameColumn, .. Figures], rows)
            { Totals = Row([null, null], Sum(counters.Values), await ServedInScopeAsync(s, ct)) };
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
        return new StatsTable("by-month", s.From, s.To, ["month", .. Figures], rows)
            { Totals = Row([null], Sum(months.Select(m => counters.GetValueOrDefault(m))), await ServedInScopeAsync(s, ct)) };
    }

    private static Counters Sum(IEnumerable<Counters?> counters) => counters.Aggregate(Counters.Zero, (a, c) => c is null ? a : a.Plus(c));

    /// <summary>Enterprises served over the whole range and scope (the bank's, or the platform's), each once.</summary>
    private Task<long> ServedInScopeAsync(StatsScope s, CancellationToken ct) =>
        Served.CountAsync(db, s.BankId is { } b ? ServedScopes.Of(b) : ServedScopes.Platform, s.From, s.To, ct);
}
