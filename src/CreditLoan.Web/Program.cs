using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using OpenTelemetry.Metrics;
using CreditLoan.Web;
using Radzen;
using System.Text.Json.Serialization;
using CreditLoan.Application;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Infrastructure;
using CreditLoan.Infrastructure.Identity;
using CreditLoan.Infrastructure.Hosting;
using CreditLoan.Web.Cli;
using CreditLoan.Web.Demo;
using CreditLoan.Web.Endpoints;
using CreditLoan.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;

if (CreditLoanCli.Handles(args)) return await CreditLoanCli.RunAsync(args);
// --demo: a sample county seeded on an empty database before serving (docs/operations.md, "A sample county")
var demo = CreditLoan.Web.Demo.DemoCounty.Requested(ref args);

// a published build finds its wwwroot and appsettings.json next to itself, from whatever folder it is started in
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Hosting.ContentRoot(args) });
// under systemd (deploy/systemd): Type=notify start-up and stop, and log lines journald understands; elsewhere nothing
builder.Host.UseSystemd();
builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o => Hosting.ConfigureForwardedHeaders(o, builder.Configuration));

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CircuitUser>();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
demo |= builder.Configuration.GetValue<bool>(CreditLoan.Web.Demo.DemoCounty.Setting);
if (demo) builder.AddDemoCounty();

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    StrictJson.Configure(o.SerializerOptions);
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

// Request bodies are small except imports (their endpoint raises the limit); over the limit → 413.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", 1L * 1024 * 1024));

builder.Services.AddDataProtectionKeysInDatabase(builder.Configuration);

// bearer tokens for /api, the portal's cookie for the pages: each path accepts only its own (no cookie ever authorises
// an API call, so the API needs no CSRF defence; the portal's forms carry antiforgery tokens)
builder.Services.AddAuthentication(o =>
    {
        o.DefaultScheme = PortalAuth.PathScheme;
        o.DefaultChallengeScheme = PortalAuth.PathScheme;
    })
    .AddPolicyScheme(PortalAuth.PathScheme, "Bearer for /api, cookie for the portal", o => o.ForwardDefaultSelector = http =>
        http.Request.Path.StartsWithSegments("/api") ? JwtBearerDefaults.AuthenticationScheme : PortalAuth.Scheme)
    .AddJwtBearer()
    .AddCookie(PortalAuth.Scheme, o =>
    {
        o.Cookie.Name = "creditloan.portal";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/login";
        o.AccessDeniedPath = "/denied";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
    });
builder.Services.AddCascadingAuthenticationState();
// tokens checked strictly and against their live session, the cookie too; security headers, HSTS, /metrics (docs/security.md)
builder.AddPlatformSecurity();
builder.Services.AddPlatformRateLimits();
builder.Services.AddAuthorization();

builder.Services.AddOutputCache(o => o.AddPolicy(PublicCatalogCachePolicy.Name, new PublicCatalogCachePolicy()));
// /metrics: HTTP server metrics and the business counters, Prometheus text format (OpenTelemetry)
builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddAspNetCoreInstrumentation()
    .AddMeter(CreditLoan.Application.Common.BusinessMetrics.MeterName).AddPrometheusExporter());
// the web portal (Blazor, docs/portal.md): Simplified Chinese by default, English as the second culture
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
// the portal's static files (its stylesheet, Radzen's, blazor.web.js) from the build output in every environment, as
// Development does by default; a published app serves them from wwwroot (no manifest there: this does nothing)
builder.WebHost.UseStaticWebAssets();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddHealthChecks().AddDatabaseCheck();
// the OpenAPI document generated clients build on (security scheme, operationIds, problem details; docs/api-clients.md)
builder.Services.AddCreditLoanOpenApi();

var app = builder.Build();

if (!args.Contains("--no-init")) await app.Services.InitializeDatabaseAsync(app.Logger);
if (demo) await app.SeedDemoCountyAsync();

app.UseForwardedHeaders();
app.UsePlatformSecurity();
app.UseExceptionHandler();
// the portal speaks Simplified Chinese (or English, by the culture cookie); the API answers as it always has
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), portal => portal.UseRequestLocalization(
    new RequestLocalizationOptions { ApplyCurrentCultureToResponseHeaders = true }
        .SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en")));
// an empty error status: problem details for the API, a page in the portal's language for a browser
app.UseStatusCodePages(async context =>
{
    var http = context.HttpContext;
    if (PortalErrorPage.Applies(http)) await PortalErrorPage.WriteAsync(http, http.Response.StatusCode, (string?)null);
    else await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        { HttpContext = http, ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = http.Response.StatusCode } });
});
app.UseAuthentication();
app.UseTemporaryPasswordRedirect();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
var outputCache = app.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
app.Services.GetRequiredService<ProductCatalog>().Changed +=
    () => outputCache.EvictByTagAsync(PublicCatalogCachePolicy.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/api-reference", o => o.WithTitle("CreditLoan API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<CreditLoan.Web.Components.App>().AddInteractiveServerRenderMode();
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

app.MapPortalEndpoints();
app.MapAuthEndpoints();
app.MapUserEndpoints();
app.MapAuditEndpoints();
app.MapBankEndpoints();
app.MapStationEndpoints();
app.MapBillerEndpoints();
app.MapEnterpriseEndpoints();
app.MapConsentEndpoints();
app.MapCreditDataEndpoints();
app.MapProductEndpoints();
app.MapNeedEndpoints();
app.MapApplicationEndpoints();
app.MapCaseEndpoints();
app.MapLoanEndpoints();
app.MapCalendarEndpoints();
app.MapPlaceEndpoints();
app.MapJobEndpoints();
app.MapStatsEndpoints();
app.MapNoticeEndpoints();
app.MapMessageEndpoints();
app.MapOpsEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls);
    app.Logger.LogInformation("CreditLoan {Version} is listening on {Urls}; API reference at /api-reference; sign in with POST /api/auth/token",
        CreditLoan.Application.Features.Operations.Release.Version, urls);
});

// the division table is read in the background once the first request has been answered (docs/performance.md)
app.UseDivisionPreload();

app.Run();
return 0;

public partial class Program;
