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
        // the counter's former receipt address: the receipt page now (/station/receipts/{id}, 58 mm and A4), for the agent's own station only
        app.MapGet("/station/receipt/{txId:guid}", async (Guid txId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new GetReceiptQuery(user.RequireStationId(), txId), ct);
                return Results.LocalRedirect($"/station/receipts/{txId}");
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Agent)).ExcludeFromDescription();
        app.MapPortalExports();   // the downloads: PortalExports.cs
    }

    /// <summary>A path of this site (no other host, no backslash tricks, no control characters): where a return address may lead.</summary>
    public static bool IsLocal(string path) =>
        path.StartsWith('/') && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Contains('\\') && !path.Any(char.IsControl);
}
