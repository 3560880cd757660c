using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, made for generated clients (docs/api-clients.md): the bearer scheme,
/// an operationId on every operation, the problem details each one really answers, enums as strings and money as
/// decimal. NSwag and Kiota clients are generated from it, compiled and called in test.sh (tests/api-clients).
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddCreditLoanOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddSchemaTransformer(ApiSchemas.TransformAsync);
        o.AddOperationTransformer(ApiOperations.TransformAsync);
        o.AddDocumentTransformer(TransformAsync);
    });

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Signing in (a bearer token), changing one's password, signing out",
        ["Users"] = "Accounts: listing, disabling, enabling, resetting passwords",
        ["Banks"] = "Banks, their users and settings (dual control for weakening changes)",
        ["Stations"] = "Service stations (助农服务点): directory, cash, transactions, receipts, end of day",
        ["Enterprises"] = "Enterprises: registration, profiles, credit reports",
        ["Consents"] = "An enterprise's consents to share its credit data",
        ["Credit data"] = "Government credit data imports (bureau)",
        ["Products"] = "Loan products: the public supermarket and the banks' management",
        ["Needs and matching"] = "Enterprises' financing needs and their matching products",
        ["Applications"] = "Loan applications and their decisions",
        ["Loans"] = "Disbursed loans",
        ["Calendar"] = "The working-day calendar (official holiday arrangements)",
        ["Job board"] = "Background jobs (bureau)",
        ["Statistics"] = "Statistics as JSON, CSV or XLSX",
        ["Notices"] = "Notices sent to enterprises and banks",
        ["Operations"] = "Instance status, backups and operations (bureau)",
        ["Audit"] = "The audit log: who did what, when, with what outcome (bureau)",
        ["Billers"] = "Billers (缴费单位) of the stations' utility payments, kept by the banks and the bureau",
        ["Cases"] = "办不成事 cases (lodged, triaged, answered, closed) and ratings (好差评) of the services",
        ["Messages"] = "An enterprise's messages (站内信): the notifications sent to it",
        ["Places"] = "Divisions (统计用区划代码) and industries (GB/T 4754) by name",
    };

    private static Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "CreditLoan API";
        document.Info.Description = "Credit-based financing platform (信易贷): banks, enterprises, stations and the bureau. "
            + "Sign in with POST /api/auth/token and send the token as `Authorization: Bearer …`; errors are RFC 9457 problem details "
            + "(application/problem+json). Money is decimal yuan, sent and answered as a JSON number.";

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The token from POST /api/auth/token (HS256, with an expiry; ends at sign-out or when the account is disabled).",
        };

        // a server URL without its trailing slash (generated clients append "/api/...")
        foreach (var server in document.Servers ?? [])
            if (server.Url is { Length: > 1 } url && url.EndsWith('/')) server.Url = url.TrimEnd('/');

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in document.Tags)
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description ??= description;
        return Task.CompletedTask;
    }
}
