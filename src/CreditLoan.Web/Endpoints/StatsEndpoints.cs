using CreditLoan.Web.Infrastructure;
using System.Globalization;
using System.Text;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;
using CreditLoan.Application.Features.Statistics;
using CsvWriter = CsvHelper.CsvWriter;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Applications;
using Mediator;
using MiniExcelLibs;

namespace CreditLoan.Web.Endpoints;

/// <summary>Statistics for the bureau and the banks (api.md "Statistics"), each table also as CSV or XLSX (<c>?format=</c>).</summary>
public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Statistics");
        stats.MapGet("/overview", async (DateOnly? from, DateOnly? to, string? format, IMediator mediator, CancellationToken ct) =>
        {
            var export = Export.Parse(format);
            var o = await mediator.Send(new GetOverviewQuery(from, to), ct);
            if (export is null) return Results.Ok(o);
            var figures = new (string, object?)[]
            {
                ("activeBanks", o.ActiveBanks), ("publishedProducts", o.PublishedProducts), ("registeredEnterprises", o.RegisteredEnterprises),
                ("needsPosted", o.NeedsPosted), ("applications", o.Applications), ("approvals", o.Approvals), ("loansDisbursed", o.LoansDisbursed),
                ("amountDisbursed", o.AmountDisbursed), ("enterprisesServed", o.EnterprisesServed), ("approvalRate", o.ApprovalRate),
                ("avgDaysToDisburse", o.AvgDaysToDisburse), ("overdueApplications", o.OverdueApplications),
            };
            return export.File(new StatsTable("overview", o.From, o.To, ["figure", "value"], figures.Select(f => new[] { f.Item1, f.Item2 }).ToList()));
        }).Produces<OverviewResponse>().WithMetadata(new AlsoProduces(AlsoProduces.Csv, AlsoProduces.Xlsx))
            .WithSummary("Overview for a date range (bureau: platform; bank: own bank)").RequireRolesOf<GetOverviewQuery>().RequireRateLimiting(RateLimiting.Bulk);

        foreach (var (path, grouping) in new[] { ("by-bank", StatsGrouping.Bank), ("by-township", StatsGrouping.Township),
                     ("by-industry", StatsGrouping.Industry), ("by-month", StatsGrouping.Month) })
        {
            stats.MapGet($"/{path}", async (DateOnly? from, DateOnly? to, string? format, IMediator mediator, CancellationToken ct) =>
                    Export.Answer(format, await mediator.Send(new GetBreakdownQuery(grouping, from, to), ct)))
                .Produces<StatsTableJson>().WithMetadata(new AlsoProduces(AlsoProduces.Csv, AlsoProduces.Xlsx))
                .WithSummary($"Breakdown {path} (bank: own rows); ?format=csv|xlsx downloads it").RequireRolesOf<GetBreakdownQuery>().RequireRateLimiting(RateLimiting.Bulk);
        }

        stats.MapGet("/portfolio", (DateOnly? asOf, string? by, string? format, IMediator mediator, CancellationToken ct) =>
                Portfolio(asOf, by, format, mediator, ct))
            .WithSummary("The loan portfolio as of a day, by bank, township, industry, category or month (bank: own rows); csv, xlsx")
            .RequireRolesOf<GetPortfolioQuery>().RequireRateLimiting(RateLimiting.Bulk);
        stats.MapGet("/monthly-return", (string? month, string? format, IMediator mediator, CancellationToken ct) =>
                MonthlyReturn(month, format, mediator, ct))
            .WithSummary("The 信易贷 monthly return (bureau): JSON, or format=xlsx").RequireRolesOf<GetMonthlyReturnQuery>()
            .RequireRateLimiting(RateLimiting.Bulk);

        stats.MapGet("/service-quality", async (DateOnly? from, DateOnly? to, string? by, string? format, IMediator mediator, CancellationToken ct) =>
            {
                var grouping = ServiceQualityGrouping.Bank;
                if (by is not null && (!Enum.TryParse(by, ignoreCase: true, out grouping) || !Enum.IsDefined(grouping) || int.TryParse(by, out _)))
                    throw new FieldValidationException("by", "by must be bank, station, cause or month.");
                return Export.Answer(format, await mediator.Send(new GetServiceQualityQuery(grouping, from, to), ct));
            }).Produces<StatsTableJson>().WithMetadata(new AlsoProduces(AlsoProduces.Csv, AlsoProduces.Xlsx))
            .WithSummary("Service quality (考核) by bank, station, cause or month (bank: own row and stations; agent: own station); csv, xlsx")
            .RequireRolesOf<GetServiceQualityQuery>().RequireRateLimiting(RateLimiting.Bulk);

        stats.MapGet("/overdue", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOverdueApplicationsQuery(), ct)))
            .WithSummary("Overdue applications (督办)").RequireRolesOf<GetOverdueApplicationsQuery>();

        stats.MapGet("/applications", async (IMediator mediator, CancellationToken ct, DateOnly? from, DateOnly? to, StatsFigure figure = StatsFigure.Applications,
                string? township = null, string? industry = null, Guid? bankId = null, Guid? stationId = null, Guid? enterpriseId = null,
                ApplicationStatus? status = null, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListFigureApplicationsQuery(figure, from, to, township, industry, bankId, stationId, enterpriseId, status,
                    page, pageSize), ct)))
            .WithSummary("The applications behind a figure (drill-down): figure=applications|approvals|rejections|loans|overdue, the same days and group (bank: own)")
            .RequireRolesOf<ListFigureApplicationsQuery>().RequireRateLimiting(RateLimiting.Bulk);
        stats.MapGet("/station-applications", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStationApplicationsQuery(from, to), ct)))
            .WithSummary("Applications submitted through each station (帮办) and loans on them (bank: partner stations)")
            .RequireRolesOf<GetStationApplicationsQuery>().RequireRateLimiting(RateLimiting.Bulk);

        stats.MapGet("/verify", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new VerifyStatisticsQuery(), ct)))
            .WithSummary("Recompute the statistics from the facts and list any difference (bureau)").RequireRolesOf<VerifyStatisticsQuery>();

        stats.MapGet("/stations", async (DateOnly? from, DateOnly? to, string? by, string? format, IMediator mediator, CancellationToken ct) =>
            {
                var export = Export.Parse(format);
                if (by is null)
                {
                    if (export is not null) throw new FieldValidationException("by", "Choose the table to export: by=type, station, township or day.");
                    var tables = new Dictionary<string, object>();
                    foreach (var g in Enum.GetValues<StationGrouping>())
                        tables[$"by{g}"] = (await mediator.Send(new GetStationStatsQuery(g, from, to), ct)).Items();
                    return Results.Ok(tables);
                }
                if (!Enum.TryParse<StationGrouping>(by, ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping))
                    throw new FieldValidationException("by", "by must be type, station, township or day.");
                return Export.Answer(format, await mediator.Send(new GetStationStatsQuery(grouping, from, to), ct));
            })
            .Produces<Dictionary<string, object>>().WithMetadata(new AlsoProduces(AlsoProduces.Csv, AlsoProduces.Xlsx))
            .WithSummary("Station transactions by type, station, township and day (bank: own stations); with by=: one table {from, to, items}").RequireRolesOf<GetStationStatsQuery>().RequireRateLimiting(RateLimiting.Bulk);
    }

    /// <summary>The portfolio as JSON, or its table as CSV or XLSX (the API's route and the portal's download).</summary>
    public static async Task<IResult> Portfolio(DateOnly? asOf, string? by, string? format, IMediator mediator, CancellationToken ct)
    {
        var grouping = PortfolioGrouping.Bank;
        if (by is not null && (!Enum.TryParse(by, ignoreCase: true, out grouping) || !Enum.IsDefined(grouping)))
            throw new FieldValidationException("by", "by must be bank, township, industry, category or month.");
        var export = Export.Parse(format);
        var portfolio = await mediator.Send(new GetPortfolioQuery(asOf, grouping), ct);
        return export is not null ? export.File(portfolio.Table()) : Results.Ok(portfolio);
    }

    /// <summary>The monthly return as JSON, or as the titled XLSX workbook.</summary>
    public static async Task<IResult> MonthlyReturn(string? month, string? format, IMediator mediator, CancellationToken ct)
    {
        var export = Export.Parse(format);
        if (export is { Xlsx: false }) throw new FieldValidationException("format", "The monthly return is json or xlsx.");
        var monthly = await mediator.Send(new GetMonthlyReturnQuery(month), ct);
        return export is null ? Results.Ok(monthly) : Export.Workbook($"monthly-return_{monthly.Month}", monthly.Sheets());
    }

    /// <summary>A table as JSON <c>{from, to, items}</c>, or as a CSV or XLSX download.</summary>
    internal sealed class Export(bool xlsx)
    {
        public bool Xlsx => xlsx;

        /// <summary>Sheets of rows written as they are (no header row of field names): a titled report.</summary>
        public static IResult Workbook(string name, IEnumerable<(string Sheet, IReadOnlyList<object?[]> Rows)> sheets)
        {
            var book = new Dictionary<string, object>();
            foreach (var (sheet, rows) in sheets)
            {
                var width = rows.Max(r => r.Length);
                book[sheet] = rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => Column(i), i => i < r.Length ? Cell(r[i]) : null)).ToList();
            }
            var stream = new MemoryStream();
            stream.SaveAs(book, printHeader: false);
            stream.Position = 0;
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";

        public static Export? Parse(string? format) => format?.ToLowerInvariant() switch
        {
            null or "" or "json" => null,
            "csv" => new Export(false),
            "xlsx" => new Export(true),
            _ => throw new FieldValidationException("format", "format must be json, csv or xlsx."),
        };

        public static IResult Answer(string? format, StatsTable table) =>
            Parse(format) is { } export ? export.File(table) : Results.Ok(new StatsTableJson(table.From, table.To, table.Items().ToList()));

        public IResult File(StatsTable table)
        {
            var name = $"{table.Name}_{table.From:yyyy-MM-dd}_{table.To:yyyy-MM-dd}";
            var stream = new MemoryStream();
            if (xlsx)
            {
                stream.SaveAs(table.Rows.Select(r => table.Columns.Select((c, i) => (c, Cell(r[i]))).ToDictionary(x => x.c, x => x.Item2)).ToList(),
                    sheetName: table.Name);
                stream.Position = 0;
                return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            }
            // UTF-8 with a byte-order mark: Excel opens the Chinese names correctly
            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
            // a cell that a spreadsheet would run as a formula (= + - @, a tab or a carriage return first) is escaped
            // with a leading apostrophe: a bank named "=HYPERLINK(…)" stays a name (CsvHelper's injection guard)
            using (var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
                       { InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape }))
            {
                foreach (var c in table.Columns) csv.WriteField(c);
                csv.NextRecord();
                foreach (var row in table.Rows)
                {
                    foreach (var value in row) csv.WriteField(Text(value));
                    csv.NextRecord();
                }
            }
            stream.Position = 0;
            return Results.File(stream, "text/csv; charset=utf-8", name + ".csv");
        }

        private static object? Cell(object? value) => value switch
        {
            Guid g => g.ToString(),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value,
        };

        private static string Text(object? value) => value switch
        {
            null => "",
            IFormattable f => f.ToString(value is DateOnly ? "yyyy-MM-dd" : null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}

/// <summary>A statistics table as JSON: one object per row, keyed by column.</summary>
public sealed record StatsTableJson(DateOnly From, DateOnly To, IReadOnlyList<IDictionary<string, object?>> Items);
