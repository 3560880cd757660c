using System.Security.Cryptography;
using System.Text;
using CreditLoan.Application.Common.Security;
using CreditLoan.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// The web host's defences (docs/security.md): bearer tokens checked strictly and against their live session, the
/// portal's cookie likewise, security headers on every answer, HSTS and a Secure cookie in Production, and
/// <c>/metrics</c> only for a scraper holding <c>Metrics:ScrapeToken</c>.
/// </summary>
public static class PlatformSecurity
{
    public static void AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider, TimeProvider>((o, keys, clock) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = JwtOptions.Issuer,
                    ValidAudience = JwtOptions.Audience,
                    IssuerSigningKey = keys.Key,
                    // the one algorithm the platform signs with: no other HMAC, no "none"
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // token lifetimes follow the platform's clock (TimeProvider), like everything else that reads the time; a
                    // token without an expiry is refused
                    LifetimeValidator = (notBefore, expires, _, _) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return expires is not null && (notBefore is null || notBefore <= now.AddSeconds(30)) && expires > now.AddSeconds(-30);
                    },
                };
                o.Events = new JwtBearerEvents
                {
                    // a signed, unexpired token is still refused once its session ended (signed out, disabled, password changed)
                    OnTokenValidated = async context =>
                    {
                        var state = await context.HttpContext.RequestServices.GetRequiredService<ISessionRegistry>()
                            .CheckAsync(context.Principal?.FindFirst(PlatformClaims.SessionId)?.Value, context.HttpContext.RequestAborted);
                        if (!state.Active) context.Fail(state.EndedBecause ?? "The session has ended.");
                    },
                };
            });
        builder.Services.AddOptions<CookieAuthenticationOptions>(PortalAuth.Scheme).Configure(o =>
        {
            o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Events.OnValidatePrincipal = async context =>
            {
                var state = await context.HttpContext.RequestServices.GetRequiredService<ISessionRegistry>()
                    .CheckAsync(context.Principal?.FindFirst(PlatformClaims.SessionId)?.Value, context.HttpContext.RequestAborted);
                if (state.Active) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(PortalAuth.Scheme);
            };
        });
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
    }

    public static void UsePlatformSecurity(this WebApplication app)
    {
        if (app.Environment.IsProduction()) app.UseHsts();
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(http);
                return Task.CompletedTask;
            });
            await next();
        });
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/metrics"), metrics => metrics.Use(async (http, next) =>
        {
            var token = app.Configuration["Metrics:ScrapeToken"];
            if (string.IsNullOrEmpty(token))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound; // not served on the public port without a configured scraper
                return;
            }
            if (!Holds(http.Request.Headers.Authorization.ToString(), token))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            await next();
        }));
    }

    /// <summary>
    /// A portal user holding a temporary password (an administrator's reset) is taken to the page that changes it, from
    /// whatever page they open; the commands would refuse them anyway (403), this spares them the refusals.
    /// </summary>
    public static void UseTemporaryPasswordRedirect(this WebApplication app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        if (http.User.Identity?.IsAuthenticated == true && HttpMethods.IsGet(http.Request.Method) && !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/account/password") && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content")
            && !path.StartsWithSegments("/_blazor") && !path.StartsWithSegments("/portal") && !path.StartsWithSegments("/health")
            && !Path.HasExtension(path.Value))
        {
            var state = await http.RequestServices.GetRequiredService<ISessionRegistry>()
                .CheckAsync(http.User.FindFirst(PlatformClaims.SessionId)?.Value, http.RequestAborted);
            if (state is { Active: true, MustChangePassword: true })
            {
                http.Response.Redirect("/account/password?first=true&returnUrl=" + Uri.EscapeDataString(path + http.Request.QueryString));
                return;
            }
        }
        await next();
    });

    /// <summary>Compares in constant time, so the answer's timing does not spell the token out.</summary>
    private static bool Holds(string authorization, string token)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[prefix.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}

/// <summary>The headers every answer carries, with a content security policy fitting what it is.</summary>
public static class SecurityHeaders
{
    /// <summary>The portal: its own scripts only (Blazor, Radzen, portal.js); styles inline too (Radzen's components set them).</summary>
    public const string PortalPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>JSON, CSV, XLSX: nothing in them is ever to run or load.</summary>
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>The printable receipt: its inline style sheet, nothing else.</summary>
    public const string ReceiptPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) bootstraps itself with an inline script.</summary>
    public const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                          "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";   // the portal reads its own referrer (a form restored after signing in); nothing leaves for other sites
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        var path = http.Request.Path;
        headers.ContentSecurityPolicy =
            path.StartsWithSegments("/api-reference") || path.StartsWithSegments("/scalar") ? ReferencePolicy
            : path.StartsWithSegments("/station/receipt") || (path.StartsWithSegments("/api") && path.Value!.EndsWith("/receipt", StringComparison.Ordinal)) ? ReceiptPolicy
            : path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/export") || path.StartsWithSegments("/metrics")
              || path.StartsWithSegments("/health") ? DataPolicy
            : PortalPolicy;
    }
}
