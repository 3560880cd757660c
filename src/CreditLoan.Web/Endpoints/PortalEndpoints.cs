using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Statistics;
using CreditLoan.Application.Features.Stations;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace CreditLoan.Web.Endpoints;

/// <summary>The portal's routes outside its pages: the language switch, sign-out, the counter's printable receipt and the downloads.</summary>
public static class PortalEndpoints
{
    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/culture", (string culture, string? returnUrl, HttpContext http) =>
        {
            // the culture cookie the request localization reads; only the two cultures the portal speaks, only local return paths
            var chosen = culture == "en" ? "en" : "zh-CN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // back to the page it came from, if that is a page of this site; anywhere else (another host, a malformed path) goes home
            var back = returnUrl is { Length: > 0 } r ? (r.StartsWith('/') ? r : "/" + r) : "/";
            return Results.LocalRedirect(IsLocal(back) ? back : "/");
        }).ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext http, IMediator mediator, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            // only the portal's own sign-out form (its antiforgery token), never a post from another site or a bare request
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            // the session ends on the server: the cookie (and any token of the same sign-in) is refused from now on
            if (http.User.Identity?.IsAuthenticated == true) await mediator.Send(new CreditLoan.Application.Features.Auth.LogoutCommand());
            await http.SignOutAsync(PortalAuth.Scheme);
            return Results.LocalRedirect("/");
        }).DisableAntiforgery().ExcludeFromDescription();
        // the counter's printable receipt (58 mm), for the signed-in agent's own station: the API's receipt query and layout
        app.MapGet("/station/receipt/{txId:guid}", async (Guid txId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                Results.Content(Receipts.Html(await mediator.Send(new GetReceiptQuery(user.RequireStationId(), txId), ct)), "text/html; charset=utf-8"))
            .RequireAuthorization(p => p.RequireRole(Roles.Agent)).ExcludeFromDescription();
        MapExports(app);
    }

    /// <summary>A path on this site: one leading slash, no second slash or backslash after it, no control characters.</summary>
    /// <summary>A path of this site (no other host, no backslash tricks, no control characters): where a return address may lead.</summary>
    public static bool IsLocal(string path) =>
        path.StartsWith('/') && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Contains('\\') && !path.Any(char.IsControl);

    /// <summary>
    /// The portal's downloads of the same tables (the signed-in user's cookie, outside /api): <c>/export/{table}?format=csv|xlsx</c>,
    /// with the same roles and scoping as the API.
    /// </summary>
    private static void MapExports(IEndpointRouteBuilder app)
    {
        foreach (var (path, grouping) in new[] { ("by-bank", StatsGrouping.Bank), ("by-township", StatsGrouping.Township),
                     ("by-industry", StatsGrouping.Industry), ("by-month", StatsGrouping.Month) })
        {
            app.MapGet($"/export/{path}", async (DateOnly? from, DateOnly? to, string? format, IMediator mediator, CancellationToken ct) =>
                    (StatsEndpoints.Export.Parse(format) ?? StatsEndpoints.Export.Parse("xlsx")!).File(await mediator.Send(new GetBreakdownQuery(grouping, from, to), ct)))
                .RequireRolesOf<GetBreakdownQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        }
        app.MapGet("/export/portfolio", (DateOnly? asOf, string? by, string? format, IMediator mediator, CancellationToken ct) =>
            StatsEndpoints.Portfolio(asOf, by, format ?? "xlsx", mediator, ct)).RequireRolesOf<GetPortfolioQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        app.MapGet("/export/monthly-return", (string? month, IMediator mediator, CancellationToken ct) =>
            StatsEndpoints.MonthlyReturn(month, "xlsx", mediator, ct)).RequireRolesOf<GetMonthlyReturnQuery>().RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
        // the bureau's import templates: header row and example row of a dataset (docs/datasets.md, "Templates")
        app.MapGet("/export/import-template/{dataset}", async (string dataset, string? format, IMediator mediator, CancellationToken ct) =>
                CreditDataEndpoints.TemplateFile(await mediator.Send(new CreditLoan.Application.Features.CreditData.GetImportTemplateQuery(dataset), ct), format))
            .RequireRolesOf<CreditLoan.Application.Features.CreditData.GetImportTemplateQuery>()
            .RequireRateLimiting(RateLimiting.Bulk).ExcludeFromDescription();
    }
}
