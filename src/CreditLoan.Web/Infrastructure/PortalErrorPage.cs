using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// What a browser gets instead of problem details or a stack trace when a portal page fails or is not there: a short
/// page in the portal's language with the reason a user can act on (not found, not allowed, a refusal's message) and
/// the way back. The API keeps its problem details.
/// </summary>
public static class PortalErrorPage
{
    /// <summary>True for a browser asking for a portal page (not the API, the metrics or a health probe).</summary>
    public static bool Applies(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/metrics")
        && !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/openapi")
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext http, int status, string? detail) => WriteAsync(http, status, _ => detail);

    /// <summary>The page for a failed request: a refusal in the reader's language (<see cref="Components.Refusals"/>), never the API's English detail.</summary>
    public static Task WriteAsync(HttpContext http, int status, Exception exception) =>
        WriteAsync(http, status, t => Components.Refusals.Text(t, exception));

    private static async Task WriteAsync(HttpContext http, int status, Func<IStringLocalizer, string?> detailText)
    {
        // the culture the request localization chose (the exception has unwound past it)
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo("zh-CN");
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var t = http.RequestServices.GetRequiredService<IStringLocalizer<Portal>>();
            var detail = detailText(t);
            var title = status switch
            {
                404 => t["ErrorNotFound"].Value,
                403 => t["DeniedText"].Value,
                >= 500 => t["ErrorServer"].Value,
                _ => t["ErrorRequest"].Value,
            };
            http.Response.StatusCode = status;
            http.Response.ContentType = "text/html; charset=utf-8";
            var body = detail is null || status >= 500 ? "" : $"<p class=\"portal-error\" data-test=\"error-detail\">{WebUtility.HtmlEncode(detail)}</p>";
            await http.Response.WriteAsync($"""
                <!DOCTYPE html>
                <html lang="{culture.Name}"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
                <title>{WebUtility.HtmlEncode(title)} · {WebUtility.HtmlEncode(t["AppTitle"].Value)}</title><link rel="stylesheet" href="/portal.css" /></head>
                <body><header class="portal-header"><a class="portal-brand" href="/">{WebUtility.HtmlEncode(t["AppTitle"].Value)}</a></header>
                <main class="portal-main"><h1 data-test="error-title">{WebUtility.HtmlEncode(title)}</h1>{body}
                <p><a href="/" data-test="home">{WebUtility.HtmlEncode(t["BackHome"].Value)}</a> · <a href="javascript:history.back()">{WebUtility.HtmlEncode(t["GoBack"].Value)}</a></p>
                <p class="portal-lead">HTTP {status} · {WebUtility.HtmlEncode(http.TraceIdentifier)}</p></main></body></html>
                """);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
