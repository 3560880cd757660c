using System.Threading.RateLimiting;
using CreditLoan.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's rate limiter on the expensive endpoints (product.md §11): registration per client address; imports and
/// CSV/XLSX exports, credit reports, matches and prospects per signed-in user. Over the limit → 429 problem details with
/// <c>Retry-After</c>. Sign-in has its own, finer throttle inside the command (<see cref="SignInThrottle"/>), which the
/// portal's sign-in form goes through too. Limits come from <c>RateLimits:*</c> (<see cref="RateLimitOptions"/>).
/// </summary>
public static class RateLimiting
{
    public const string Registration = "registration";
    public const string Bulk = "bulk";
    public const string Reports = "reports";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                http.Response.Headers.RetryAfter = ProblemDetailsExceptionHandler.RetryAfterSeconds(wait);
                if (PortalErrorPage.Applies(http))
                {
                    // a portal form (the registration page): the error page in the portal's language, with the wait
                    var t = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Portal>>();
                    await PortalErrorPage.WriteAsync(http, 429, string.Format(t["TooManyTryLater"], Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))));
                    return;
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = "Too many requests", Detail = "Too many requests of this kind; wait and try again." },
                });
            };
            // the API's registration and its preview, and the portal's registration form when it is posted (not each view of
            // the page): one budget per client address
            o.AddPolicy(Registration, http => http.Request.Path.StartsWithSegments("/api") || HttpMethods.IsPost(http.Request.Method)
                ? Window(http, "registration:" + Client(http), l => l.RegistrationsPerClientPerHour, TimeSpan.FromHours(1))
                : RateLimitPartition.GetNoLimiter("registration:page"));
            o.AddPolicy(Bulk, http => IsBulk(http)
                ? Window(http, "bulk:" + Caller(http), l => l.BulkPerUserPerMinute, TimeSpan.FromMinutes(1))
                : RateLimitPartition.GetNoLimiter("bulk:none"));
            o.AddPolicy(Reports, http => Window(http, "reports:" + Caller(http), l => l.ReportsPerUserPerMinute, TimeSpan.FromMinutes(1)));
        });
        return services;
    }

    /// <summary>An import (a POST) or a download as CSV or XLSX (the portal's /export too); the same statistics as JSON are not limited.</summary>
    private static bool IsBulk(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) || http.Request.Path.StartsWithSegments("/export")
        || http.Request.Query["format"].ToString().ToLowerInvariant() is "csv" or "xlsx";

    private static RateLimitPartition<string> Window(HttpContext http, string key, Func<RateLimitOptions, int> limit, TimeSpan window)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var permits = Math.Max(1, limit(options) * Math.Max(1, options.Multiplier));
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "-";

    /// <summary>The signed-in user (the token's subject), else the client address.</summary>
    private static string Caller(HttpContext http) => http.User.FindFirst(PlatformClaims.Subject)?.Value ?? Client(http);
}
