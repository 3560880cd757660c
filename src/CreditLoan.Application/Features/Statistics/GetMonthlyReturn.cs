using System.Globalization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>A figure of the return for the month and the month before.</summary>
public sealed record ReturnPair(string Key, string? Name, PortfolioRow Current, PortfolioRow Previous);

/// <summary>The 信易贷 monthly return: the county's portfolio at the month's end (today for the running month) beside the previous month's, by bank and by township.</summary>
public sealed record MonthlyReturnResponse(string Month, string PreviousMonth, DateOnly AsOf, DateOnly PreviousAsOf, string Title, string Unit,
    PortfolioRow County, PortfolioRow CountyPrevious, IReadOnlyList<ReturnPair> ByBank, IReadOnlyList<ReturnPair> ByTownship)
{
    /// <summary>The figures of a row, in the return's order, with their Chinese labels.</summary>
    public static readonly (string Label, Func<PortfolioRow, object?> Value)[] Figures =
    [
        ("在贷笔数", r => r.Loans), ("贷款余额", r => r.Outstanding), ("余额较上月末增减", r => r.BalanceChange), ("当月新发放笔数", r => r.NewLoans),
        ("当月新发放金额", r => r.NewAmount), ("逾期贷款余额", r => r.OverdueBalance), ("逾期1-30天", r => r.Dpd1To30), ("逾期31-60天", r => r.Dpd31To60),
        ("逾期61-90天", r => r.Dpd61To90), ("不良贷款余额(逾期90天以上)", r => r.NonPerformingBalance), ("不良率", r => r.NplRatio),
        ("首贷户数", r => r.FirstTimeBorrowers), ("信用贷款占比", r => r.CreditOnlyShare), ("加权平均年利率(%)", r => r.AvgAnnualRate),
    ];

    /// <summary>The sheets of the XLSX: title, unit, then the county's figures and the two breakdowns, this month beside the last.</summary>
    public IReadOnlyList<(string Sheet, IReadOnlyList<object?[]> Rows)> Sheets()
    {
        object?[] Head(string first) => [first, .. Figures.SelectMany(f => new object?[] { $"{f.Label}({Month})", $"{f.Label}({PreviousMonth})" })];
        object?[] Line(string key, string? name, PortfolioRow now, PortfolioRow before) =>
            [name ?? key, .. Figures.SelectMany(f => new[] { f.Value(now), f.Value(before) })];
        var county = new List<object?[]> { new object?[] { Title }, new object?[] { $"单位：{Unit}；统计截至 {AsOf:yyyy-MM-dd}，上月截至 {PreviousAsOf:yyyy-MM-dd}" },
            new object?[] { "指标", Month, PreviousMonth } };
        county.AddRange(Figures.Select(f => new[] { f.Label, f.Value(County), f.Value(CountyPrevious) }));
        List<object?[]> Breakdown(string what, IReadOnlyList<ReturnPair> rows) =>
            [new object?[] { $"{Title}（{what}）" }, new object?[] { $"单位：{Unit}" }, Head(what), .. rows.Select(r => Line(r.Key, r.Name, r.Current, r.Previous))];
        return [("全县", county), ("分银行", Breakdown("银行", ByBank)), ("分乡镇", Breakdown("乡镇", ByTownship))];
    }
}

[AuthorizeRoles(Roles.Bureau)]
public sealed record GetMonthlyReturnQuery(string? Month) : IQuery<MonthlyReturnResponse>;

public sealed class GetMonthlyReturnValidator : AbstractValidator<GetMonthlyReturnQuery>
{
    public GetMonthlyReturnValidator() =>
        RuleFor(q => q.Month).Must(m => m is null || DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("month must be yyyy-MM.").OverridePropertyName("month");
}

public sealed class GetMonthlyReturnHandler(IMediator mediator, TimeProvider clock) : IQueryHandler<GetMonthlyReturnQuery, MonthlyReturnResponse>
{
    public async ValueTask<MonthlyReturnResponse> Handle(GetMonthlyReturnQuery q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var first = q.Month is null ? new DateOnly(today.Year, today.Month, 1)
            : DateOnly.ParseExact(q.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = first.AddMonths(1).AddDays(-1);
        var asOf = end < today ? end : today;
        var previousAsOf = first.AddDays(-1);
        async Task<PortfolioResponse> Read(DateOnly day, PortfolioGrouping by) => await mediator.Send(new GetPortfolioQuery(day, by), ct);
        var (bank, bankBefore) = (await Read(asOf, PortfolioGrouping.Bank), await Read(previousAsOf, PortfolioGrouping.Bank));
        var (town, townBefore) = (await Read(asOf, PortfolioGrouping.Township), await Read(previousAsOf, PortfolioGrouping.Township));
        static IReadOnlyList<ReturnPair> Pair(PortfolioResponse now, PortfolioResponse before)
        {
            var empty = PortfolioRow.Of("", null, PortfolioFigures.Zero(), PortfolioFigures.Zero());
            return now.Items.Select(i => i.Key).Union(before.Items.Select(i => i.Key)).Order(StringComparer.Ordinal)
                .Select(k => (now.Items.FirstOrDefault(i => i.Key == k), before.Items.FirstOrDefault(i => i.Key == k)))
                .Select(x => new ReturnPair((x.Item1 ?? x.Item2)!.Key, (x.Item1 ?? x.Item2)!.Name, x.Item1 ?? empty with { Key = x.Item2!.Key }, x.Item2 ?? empty))
                .ToList();
        }
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new MonthlyReturnResponse(month, first.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), asOf, previousAsOf,
            $"信易贷平台贷款监测月报（{first.Year}年{first.Month}月）", "元", bank.Totals, bankBefore.Totals, Pair(bank, bankBefore), Pair(town, townBefore));
    }
}
