using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Audit;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Features.Statistics;
using CreditLoan.Web.Components;
using CreditLoan.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Localization;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;

namespace CreditLoan.Web.Endpoints;

/// <summary>
/// The portal's downloads (<c>/export/…</c>, the signed-in user's cookie, same roles and scoping as the API): the API's tables made
/// for people — a title (what, the county or the bank, the days, the unit), headers in the portal's language, names instead of
/// ids, a totals row and a note on how it was made (<see cref="TitledReport"/>). The API's own CSV and XLSX keep their field names.
/// </summary>
public static class PortalExports
{
    /// <summary>Amounts of the breakdowns in 万元 (as the dashboards show them); ratios as percentages.</summary>
    private static readonly HashSet<string> Wan = ["amountDisbursed"];
    private static readonly HashSet<string> Percent = ["approvalRate", "nplRatio", "creditOnlyShare"];

    public static void MapPortalExports(this IEndpointRouteBuilder app)
    {
        foreach (var (path, grouping) in new[] { ("by-bank", StatsGrouping.Bank), ("by-township", StatsGrouping.Township),
                     ("by-industry", StatsGrouping.Industry), ("by-month", StatsGrouping.Month) })
        {
            app.MapGet($"/export/{path}", async (DateOnly? from, DateOnly? to, string? format, IMediator mediator, ICurrentUser user,
                        IStringLocalizer<Portal> t, CancellationToken ct) =>
                    Breakdown(await mediator.Send(new GetBreakdownQuery(grouping, from, to), ct), await ScopeAsync(user, mediator, t, ct), t)
                        .File(Xlsx(format)))
                .RequireRolesOf<GetBreakdownQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        }
        app.MapGet("/export/portfolio", async (DateOnly? asOf, string? by, string? format, IMediator mediator, ICurrentUser user,
                    IStringLocalizer<Portal> t, CancellationToken ct) =>
            {
                var grouping = PortfolioGrouping.Bank;
                if (by is not null && (!Enum.TryParse(by, ignoreCase: true, out grouping) || !Enum.IsDefined(grouping)))
                    throw new FieldValidationException("by", "by must be bank, township, industry, category or month.");
                var xlsx = Xlsx(format);
                return Portfolio(await mediator.Send(new GetPortfolioQuery(asOf, grouping), ct), await ScopeAsync(user, mediator, t, ct), t).File(xlsx);
            })
            .RequireRolesOf<GetPortfolioQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        app.MapGet("/export/monthly-return", async (string? month, IMediator mediator, IStringLocalizer<Portal> t, CancellationToken ct) =>
                MonthlyReturn(await mediator.Send(new GetMonthlyReturnQuery(month), ct), t))
            .RequireRolesOf<GetMonthlyReturnQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        // a paper authorisation's scan (授权委托书) for the station's agents and the bureau: a photo shown in the browser, a PDF downloaded
        app.MapGet("/export/authorisations/{authId:guid}", async (Guid authId, IMediator mediator, CancellationToken ct) =>
                AssistedRegistrationForm.Download(await mediator.Send(new CreditLoan.Application.Features.Consents.GetAuthorisationScanQuery(null, authId), ct), inline: true))
            .RequireRolesOf<CreditLoan.Application.Features.Consents.GetAuthorisationScanQuery>().ExcludeFromDescription();
        // the applications behind a figure of the dashboards (the drill-down list), every page of it
        app.MapGet("/export/applications", async (IMediator mediator, ICurrentUser user, IStringLocalizer<Portal> t, CancellationToken ct, DateOnly? from,
                    DateOnly? to, StatsFigure figure = StatsFigure.Applications, string? township = null, string? industry = null, Guid? bankId = null,
                    Guid? stationId = null, Guid? enterpriseId = null, CreditLoan.Domain.Applications.ApplicationStatus? status = null, string? format = null) =>
            {
                var xlsx = Xlsx(format);
                var query = new ListFigureApplicationsQuery(figure, from, to, township, industry, bankId, stationId, enterpriseId, status, 1, Paging.MaxPageSize);
                var first = await mediator.Send(query, ct);
                var items = new List<FigureApplicationItem>(first.Items);
                for (var page = 2; items.Count < first.Total && page <= MaxExportPages; page++)
                    items.AddRange((await mediator.Send(query with { Page = page }, ct)).Items);
                var filters = await FiltersAsync(query, first.Items.FirstOrDefault(), mediator, t, ct);
                return FigureApplications(first, items, await ScopeAsync(user, mediator, t, ct), filters, t).File(xlsx);
            })
            .RequireRolesOf<ListFigureApplicationsQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        // the bureau's import templates: header row and example row of a dataset (docs/datasets.md, "Templates")
        app.MapGet("/export/import-template/{dataset}", async (string dataset, string? format, IMediator mediator, CancellationToken ct) =>
                CreditDataEndpoints.TemplateFile(await mediator.Send(new CreditLoan.Application.Features.CreditData.GetImportTemplateQuery(dataset), ct), format))
            .RequireRolesOf<CreditLoan.Application.Features.CreditData.GetImportTemplateQuery>()
            .RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        app.MapServiceQualityExport();   // 考核 (issue 19)
        // the bureau's audit log as its page filters it (the newest ExportAuditLogQuery.MaxRows rows)
        app.MapGet("/export/audit", async (string? actor, string? action, string? entityId, string? outcome, DateOnly? from, DateOnly? to,
                    string? format, IMediator mediator, IStringLocalizer<Portal> t, CancellationToken ct) =>
            {
                var xlsx = Xlsx(format);
                var filter = new ExportAuditLogQuery(actor, action, entityId, outcome, from, to);
                return AuditLog(await mediator.Send(filter, ct), filter, t).File(xlsx);
            })
            .RequireRolesOf<ExportAuditLogQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
    }

    /// <summary>The audit log: a title with the China days and the filters, the rows newest first, how many; the actions by name.</summary>
    public static TitledReport AuditLog(AuditLogPage log, IAuditFilter filter, IStringLocalizer t)
    {
        var detail = AuditTexts.ShowsDetail;
        var range = log.From is null && log.To is null ? t["Xp_AllDays"].Value
            : t["Xp_Range", log.From is { } f ? Day(f) : "…", log.To is { } to ? Day(to) : "…"].Value;
        var conditions = new List<string>();
        if (filter.Actor?.Trim() is { Length: > 0 } actor) conditions.Add(t["Xp_AuditByActor", actor]);
        if (filter.Action?.Trim() is { Length: > 0 } action) conditions.Add(t["Xp_AuditByAction", AuditTexts.Action(t, action)]);
        if (filter.EntityId?.Trim() is { Length: > 0 } entity) conditions.Add(t["Xp_AuditByEntity", entity]);
        if (filter.Outcome?.Trim() is { Length: > 0 } outcome) conditions.Add(t["Xp_AuditByOutcome", AuditTexts.Outcome(t, outcome)]);
        var title = t["Xp_Title_audit"].Value;
        return new TitledReport($"{title}_{(log.From is { } a ? Day(a) : "")}_{(log.To is { } b ? Day(b) : "")}", title,
            [title, string.Join("；", [range, .. conditions])],
            [t["AuditAt"], t["AuditActor"], t["AuditRole"], t["AuditAction"], t["AuditEntity"], t["AuditOutcome"], .. detail ? [t["AuditDetail"].Value] : Array.Empty<string>()],
            log.Items.Select(e => (object?[])[AuditTexts.At(e.At), AuditTexts.Actor(t, e), AuditTexts.Role(t, e.ActorRole), AuditTexts.Action(t, e.Action),
                e.EntityId ?? "—", AuditTexts.Outcome(t, e.Outcome), .. detail ? [e.Detail] : Array.Empty<object?>()]).ToList(),
            [t["Xp_Total"], t["Xp_AuditRows", log.Items.Count].Value],
            log.Total > log.Items.Count ? t["Xp_AuditTruncated", log.Items.Count, log.Total].Value : null);
    }

    /// <summary>XLSX unless CSV is asked for; anything else is refused as the API refuses it.</summary>
    private static bool Xlsx(string? format) => StatsEndpoints.Export.Parse(format)?.Xlsx ?? true;

    /// <summary>Whose figures: the bank's name for its officers, the county for the bureau.</summary>
    private static async Task<string> ScopeAsync(ICurrentUser user, IMediator mediator, IStringLocalizer t, CancellationToken ct) =>
        user.IsInRole(Roles.Bank) && user.BankId is { } bank ? (await mediator.Send(new GetBankQuery(bank), ct)).Name : t["Xp_ScopeCounty"];

    /// <summary>A breakdown by bank, township, industry or month: the first column a name (a township or an industry as 名称（代码）).</summary>
    public static TitledReport Breakdown(StatsTable table, string scope, IStringLocalizer t)
    {
        var (by, keys) = table.Columns[0] switch
        {
            "bankId" => ("Bank", 2), "townshipCode" => ("Township", 2), "industry" => ("Industry", 2), _ => ("Month", 1),
        };
        string Label(object?[] row) => by switch
        {
            "Bank" => row[1] as string ?? row[0]?.ToString() ?? "",
            "Month" => row[0]?.ToString() ?? "",
            _ => row[1] is string name ? t["Xp_NameCode", name, row[0]!] : row[0]?.ToString() ?? "",
        };
        var figures = table.Columns.Skip(keys).ToList();
        object?[] Line(string label, object?[] row) => [label, .. figures.Select((c, i) => Value(c, row[keys + i]))];
        var title = t[$"Xp_Title_{table.Name}"].Value;
        return new TitledReport($"{title}_{table.From:yyyy-MM-dd}_{table.To:yyyy-MM-dd}", t[$"Export_{table.Name}"],
            [$"{scope} · {title}", $"{t["Xp_Range", Day(table.From), Day(table.To)]}；{t["Xp_UnitWan"]}"],
            [t[$"By_{by}"], .. figures.Select(c => t[$"Xp_{c}"].Value)],
            table.Rows.Select(r => Line(Label(r), r)).ToList(),
            table.Totals is { } totals ? Line(t["Xp_Total"], totals) : null, t["Xp_NoteBreakdown"]);
    }

    /// <summary>A download of the drill-down list holds at most this many pages of <see cref="Paging.MaxPageSize"/> rows.</summary>
    private const int MaxExportPages = 500;

    /// <summary>The list's filters in words, names not ids: 乡镇：…；行业：…；银行：…；服务站：…；状态：….</summary>
    private static async Task<string> FiltersAsync(ListFigureApplicationsQuery q, FigureApplicationItem? sample, IMediator mediator, IStringLocalizer t,
        CancellationToken ct)
    {
        var parts = new List<string>();
        if (q.Township is { } township) parts.Add(t["Xp_FilterTownship", sample?.TownshipName is { } tn ? t["Xp_NameCode", tn, township] : township]);
        if (q.Industry is { } industry)
            parts.Add(t["Xp_FilterIndustry", CreditLoan.Domain.Places.Industries.NameOf(industry) is { } name ? t["Xp_NameCode", name, industry] : industry]);
        if (q.BankId is { } bank) parts.Add(t["Xp_FilterBank", sample?.BankName ?? (await mediator.Send(new GetBankQuery(bank), ct)).Name]);
        if (q.StationId is { } station)
            parts.Add(t["Xp_FilterStation", sample?.StationName ?? (await mediator.Send(new CreditLoan.Application.Features.Stations.GetStationQuery(station), ct)).Name]);
        if (q.EnterpriseId is not null && sample is not null) parts.Add(t["Xp_FilterEnterprise", sample.EnterpriseName]);
        if (q.Status is { } status) parts.Add(t["Xp_FilterStatus", t[$"Status{status}"]]);
        return string.Join("；", parts);
    }

    /// <summary>The applications behind a figure: one row each (names, amounts in 元, China time), the count and the amounts' sums as 合计.</summary>
    public static TitledReport FigureApplications(FigureApplicationsResponse list, IReadOnlyList<FigureApplicationItem> items, string scope, string filters,
        IStringLocalizer t)
    {
        var title = t["Xp_Title_applications", t[$"Figure_{list.Figure}"]].Value;
        var range = $"{t["Xp_Range", Day(list.From), Day(list.To)]}；{t["Xp_UnitYuanOnly"]}" + (filters.Length > 0 ? $"；{filters}" : "");
        string[] header = ["Xp_number", "Xp_enterprise", "Xp_creditCode", "Xp_bank", "Xp_product", "Xp_amount", "Xp_disbursed", "Xp_status",
            "Xp_submittedAt", "Xp_township", "Xp_industry"];
        var rows = items.Select(i => new object?[]
        {
            i.Number, i.EnterpriseName, i.CreditCode, i.BankName, i.ProductName, i.Amount, i.DisbursedAmount ?? (object)"—", t[$"Status{i.Status}"].Value,
            i.SubmittedAt.ToOffset(CreditLoan.Domain.Common.ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            i.TownshipName is { } tn ? t["Xp_NameCode", tn, i.Township].Value : i.Township,
            i.IndustryName is { } iname ? t["Xp_NameCode", iname, i.Industry].Value : i.Industry,
        }).ToList();
        object?[] totals = [t["Xp_TotalCount", list.Total].Value, null, null, null, null, list.TotalAmount, list.TotalDisbursed, null, null, null, null];
        return new TitledReport($"{title}_{list.From:yyyy-MM-dd}_{list.To:yyyy-MM-dd}", t["Xp_Sheet_applications"], [$"{scope} · {title}", range],
            header.Select(h => t[h].Value).ToList(), rows, totals, items.Count < list.Total ? t["Xp_NoteTruncated", items.Count, list.Total] : t["Xp_NoteApplications"]);
    }

    /// <summary>The portfolio as of a day (amounts in 元, as the page shows them), its totals row the query's (sums, ratios recomputed).</summary>
    public static TitledReport Portfolio(PortfolioResponse portfolio, string scope, IStringLocalizer t)
    {
        var figures = PortfolioRow.Columns.Skip(2).ToList();
        string Label(PortfolioRow r) => portfolio.By is PortfolioGrouping.Township or PortfolioGrouping.Industry && r.Name is { } name
            ? t["Xp_NameCode", name, r.Key] : r.Name ?? r.Key;
        object?[] Line(string label, PortfolioRow r) => [label, .. figures.Select((c, i) => Value(c, r.Cells()[2 + i]))];
        var byText = t[$"By_{portfolio.By}"].Value;
        var title = t["Xp_Title_portfolio", byText].Value;
        var month = portfolio.By == PortfolioGrouping.Month;
        var previous = new DateOnly(portfolio.AsOf.Year, portfolio.AsOf.Month, 1).AddDays(-1);
        return new TitledReport($"{title}_{portfolio.AsOf:yyyy-MM-dd}", byText,
            [$"{scope} · {title}", $"{t["Xp_AsOf", Day(portfolio.AsOf), Day(previous)]}；{t["Xp_UnitYuan"]}"],
            [byText, .. figures.Select(c => t[$"Xp_{c}"].Value)],
            portfolio.Items.Select(r => Line(Label(r), r)).ToList(),
            // by month the balances are states, not flows: the last month's, not a sum over twelve
            Line(month ? t["Xp_EndOfPeriod", portfolio.Items.LastOrDefault()?.Key ?? ""] : t["Xp_Total"], portfolio.Totals),
            month ? t["Xp_NotePortfolioMonth"] : t["Xp_NotePortfolio"]);
    }

    /// <summary>The 信易贷 monthly return (a Chinese statutory form, in Chinese in either portal): its sheets with a 合计 row under each breakdown.</summary>
    public static IResult MonthlyReturn(MonthlyReturnResponse monthly, IStringLocalizer t)
    {
        object?[] Total() => ["合计", .. MonthlyReturnResponse.Figures.SelectMany(f => new[] { f.Value(monthly.County), f.Value(monthly.CountyPrevious) })];
        var sheets = monthly.Sheets().Select(s => s.Sheet == "全县" ? s
            : (s.Sheet, (IReadOnlyList<object?[]>)[.. s.Rows, Total(), new object?[] { "注：合计行为全县数（全部银行、全部乡镇）。" }])).ToList();
        return TitledReport.Workbook($"{monthly.Title}_{monthly.AsOf:yyyy-MM-dd}", sheets);
    }

    /// <summary>A figure as shown: 万元 or 元 with two decimals, a ratio as a percentage with two decimals, "—" where there is none.</summary>
    private static object? Value(string column, object? value) => value switch
    {
        null => "—",
        decimal d when Wan.Contains(column) => Math.Round(d / 10_000m, 2, MidpointRounding.AwayFromZero),
        decimal d when Percent.Contains(column) => Math.Round(d * 100m, 2, MidpointRounding.AwayFromZero),
        decimal d => Math.Round(d, column == "avgAnnualRate" ? 4 : 2, MidpointRounding.AwayFromZero),
        _ => value,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
