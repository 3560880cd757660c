using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

public enum PortfolioGrouping { Bank, Township, Industry, Category, Month }

public sealed record PortfolioResponse(DateOnly AsOf, PortfolioGrouping By, PortfolioRow Totals, IReadOnlyList<PortfolioRow> Items)
{
    public StatsTable Table() => new($"portfolio-by-{By.ToString().ToLowerInvariant()}", AsOf, AsOf, PortfolioRow.Columns,
        Items.Append(Totals).Select(r => r.Cells()).ToList());
}

/// <summary>The loan portfolio as of a China day (default today), by bank, township, industry, product category or month (the 12 month-ends up to it).</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetPortfolioQuery(DateOnly? AsOf, PortfolioGrouping By) : IQuery<PortfolioResponse>;

public sealed class GetPortfolioValidator : AbstractValidator<GetPortfolioQuery>
{
    public GetPortfolioValidator() => RuleFor(q => q.By).IsInEnum().OverridePropertyName("by");
}

public sealed class GetPortfolioHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions) : IQueryHandler<GetPortfolioQuery, PortfolioResponse>
{
    public async ValueTask<PortfolioResponse> Handle(GetPortfolioQuery q, CancellationToken ct)
    {
        var asOf = q.AsOf ?? ChinaTime.Today(clock);
        Guid? bankId = user.IsInRole(Roles.Bank) ? user.RequireBankId() : null;
        var items = q.By == PortfolioGrouping.Month ? await MonthsAsync(asOf, bankId, ct) : await GroupsAsync(q.By, asOf, bankId, ct);
        var totals = PortfolioRow.Of("total", "合计", PortfolioFigures.Sum(items.Select(i => i.Now)), PortfolioFigures.Sum(items.Select(i => i.Previous)));
        if (q.By == PortfolioGrouping.Month)   // the state is the last month's; the flows and change are its own
            totals = items.Count == 0 ? totals : PortfolioRow.Of("total", "合计", items[^1].Now, items[^1].Previous);
        return new PortfolioResponse(asOf, q.By, totals, items.Select(i => PortfolioRow.Of(i.Key, i.Name, i.Now, i.Previous)).ToList());
    }

    private sealed record Group(string Key, string? Name, long[] Now, long[] Previous);

    private async Task<List<Group>> GroupsAsync(PortfolioGrouping by, DateOnly asOf, Guid? bankId, CancellationToken ct)
    {
        var dimension = by switch
        {
            PortfolioGrouping.Bank => PortfolioDimension.Bank, PortfolioGrouping.Township => PortfolioDimension.Township,
            PortfolioGrouping.Industry => PortfolioDimension.Industry, _ => PortfolioDimension.Category,
        };
        Func<(Guid Bank, string Key), string> keyOf = by == PortfolioGrouping.Bank ? k => k.Bank.ToString() : k => k.Key;
        var now = PortfolioFigures.By(await PortfolioFigures.AsOfAsync(db, dimension, asOf, bankId, ct), keyOf);
        var previous = PortfolioFigures.By(await PortfolioFigures.AsOfAsync(db, dimension, PortfolioFigures.PreviousMonthEnd(asOf), bankId, ct), keyOf);
        var banks = by == PortfolioGrouping.Bank ? await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Id.ToString(), b => b.Name, ct) : [];
        return now.Keys.Union(previous.Keys)
            .Select(k => new Group(k, NameOf(by, k, banks), now.GetValueOrDefault(k) ?? PortfolioFigures.Zero(),
                previous.GetValueOrDefault(k) ?? PortfolioFigures.Zero()))
            .Where(g => g.Now.Any(v => v != 0) || g.Previous.Any(v => v != 0))
            .OrderBy(g => by == PortfolioGrouping.Bank ? g.Name : g.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The name of a group: a township's from the national division table, an industry's from GB/T 4754-2017.</summary>
    private string? NameOf(PortfolioGrouping by, string key, Dictionary<string, string> banks) => by switch
    {
        PortfolioGrouping.Bank => banks.GetValueOrDefault(key),
        PortfolioGrouping.Township => divisions.NameOf(key),
        PortfolioGrouping.Industry => Domain.Places.Industries.NameOf(key),
        PortfolioGrouping.Category => PortfolioFigures.CategoryName(key),
        _ => null,
    };

    /// <summary>The twelve month-ends up to the day's month (that month as of the day), the bureau's trend.</summary>
    private async Task<List<Group>> MonthsAsync(DateOnly asOf, Guid? bankId, CancellationToken ct)
    {
        var rows = new List<Group>();
        var first = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-11);
        var previous = PortfolioFigures.Sum((await PortfolioFigures.AsOfAsync(db, PortfolioDimension.Bank, first.AddDays(-1), bankId, ct)).Values);
        for (var month = first; month <= asOf; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var day = end < asOf ? end : asOf;
            var now = PortfolioFigures.Sum((await PortfolioFigures.AsOfAsync(db, PortfolioDimension.Bank, day, bankId, ct)).Values);
            rows.Add(new Group(month.ToString("yyyy-MM"), null, now, previous));
            previous = now;
        }
        return rows;
    }
}
