using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Statistics;
using CreditLoan.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Localization;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;

namespace CreditLoan.Web.Endpoints;

/// <summary>
/// The 考核 table as people read it (<c>/export/service-quality?by=bank|station|cause|month</c>, the portal's cookie, the roles and
/// scoping of <see cref="GetServiceQualityQuery"/>): the title with whose figures and the days, Chinese headers, names, rates as
/// percentages, the totals row.
/// </summary>
public static class ServiceQualityExports
{
    private static readonly HashSet<string> Percent = ["onTimeRate", "satisfactionRate"];

    public static void MapServiceQualityExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/export/service-quality", async (DateOnly? from, DateOnly? to, string? by, string? format, IMediator mediator, ICurrentUser user,
                    IStringLocalizer<Portal> t, CancellationToken ct) =>
            {
                var grouping = ServiceQualityGrouping.Bank;
                if (by is not null && (!Enum.TryParse(by, ignoreCase: true, out grouping) || !Enum.IsDefined(grouping)))
                    throw new FieldValidationException("by", "by must be bank, station, cause or month.");
                var xlsx = StatsEndpoints.Export.Parse(format)?.Xlsx ?? true;
                var scope = user.IsInRole(Roles.Bureau) ? t["Xp_ScopeCounty"].Value : t["Xp_ScopeOwn"].Value;
                return Report(await mediator.Send(new GetServiceQualityQuery(grouping, from, to), ct), grouping, scope, t).File(xlsx);
            })
            .RequireRolesOf<GetServiceQualityQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();

    /// <summary>Rows: id, name, cases, closed, closedOnTime, onTimeRate, ratings, avgScore, satisfactionRate.</summary>
    public static TitledReport Report(StatsTable table, ServiceQualityGrouping by, string scope, IStringLocalizer t)
    {
        var figures = table.Columns.Skip(2).ToList();
        object?[] Line(string label, object?[] row) => [label, .. figures.Select((c, i) => Value(c, row[2 + i]))];
        var title = t[$"Xp_Title_{table.Name}"].Value;
        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new TitledReport($"{title}_{day(table.From)}_{day(table.To)}", title,
            [$"{scope} · {title}", $"{t["Xp_Range", day(table.From), day(table.To)]}；{t["Xp_UnitRates"]}"],
            [t[$"Xp_SqBy_{by}"], .. figures.Select(c => t[$"Xp_{c}"].Value)],
            table.Rows.Select(r => Line(r[1]?.ToString() ?? r[0]?.ToString() ?? "", r)).ToList(),
            table.Totals is { } totals ? Line(t["Xp_Total"], totals) : null, t["Xp_NoteServiceQuality"]);
    }

    private static object? Value(string column, object? value) => value switch
    {
        null => "—",
        decimal d when Percent.Contains(column) => Math.Round(d * 100m, 2, MidpointRounding.AwayFromZero),
        _ => value,
    };
}
