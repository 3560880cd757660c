using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Other representations of an endpoint's 200 answer than JSON — a CSV or XLSX download (<c>?format=</c>), a printable
/// HTML receipt — declared in the OpenAPI document (<see cref="ApiOperations"/>).
/// </summary>
public sealed record AlsoProduces(params string[] ContentTypes)
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Html = "text/html";
}

/// <summary>
/// The body of an endpoint that reads it itself (HttpRequest): its type and media types in the OpenAPI document only.
/// Not <c>Accepts</c>: that one also makes routing refuse other content types (415), and these endpoints take more.
/// </summary>
public sealed record DocumentedBody(Type Type, params string[] ContentTypes);

/// <summary>
/// Each operation as a generated client needs it: a unique operationId, the bearer requirement (or <c>security: []</c>
/// for an anonymous one), and the problem details (application/problem+json) it can really answer
/// (ProblemDetailsExceptionHandler): 400 when it takes parameters or a body, 401/403 when it needs a signed-in user,
/// 404 when its path names an object, 409/422 for a change, 413 for a body, 429 where a rate limit applies.
/// </summary>
public static class ApiOperations
{
    private const string ProblemJson = "application/problem+json";

    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = (description.HttpMethod ?? "GET").ToUpperInvariant();
        var path = "/" + (description.RelativePath ?? "").TrimStart('/');
        operation.OperationId ??= OperationId(method, path);

        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var signIn = path == "/api/auth/token";
        operation.Security = signedIn
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.BearerScheme, context.Document)] = [] }]
            : [];

        operation.Responses ??= new OpenApiResponses();
        foreach (var extra in metadata.OfType<AlsoProduces>())
            if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse response)
                foreach (var contentType in extra.ContentTypes)
                {
                    response.Content ??= new Dictionary<string, OpenApiMediaType>();
                    response.Content[contentType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = contentType == AlsoProduces.Xlsx ? "binary" : null },
                    };
                }

        if (metadata.OfType<DocumentedBody>().FirstOrDefault() is { } body)
        {
            var schema = body.Type == typeof(string)
                ? new OpenApiSchema { Type = JsonSchemaType.String }
                : await SchemaAsync(body.Type, context, ct, open: false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                // a workbook is bytes, not text: a binary string (a generated client sends a stream)
                Content = body.ContentTypes.ToDictionary(t => t, t => new OpenApiMediaType
                {
                    Schema = t == AlsoProduces.Xlsx && body.Type == typeof(string) ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } : schema,
                }),
            };
        }

        var problem = await SchemaAsync<ProblemDetails>(context, ct);
        var validation = await SchemaAsync<HttpValidationProblemDetails>(context, ct);
        var change = method is not "GET" and not "HEAD";
        var hasBody = operation.RequestBody is not null;
        // a path parameter that does not parse misses the route (404); a query or header one that does not is a 400
        if (hasBody || operation.Parameters?.Any(p => p.In is not ParameterLocation.Path) == true)
            Add(operation, 400, "The request is malformed or a field breaks a rule (errors names each field)", validation);
        if (signedIn || signIn) Add(operation, 401, signIn ? "Wrong user name or password, or the account cannot sign in" : "No valid bearer token", problem);
        if (signedIn) Add(operation, 403, "The caller's role may not do this (or must change a temporary password first)", problem);
        if (path.Contains('{')) Add(operation, 404, "No such object, or it belongs to another tenant", problem);
        if (change && signedIn) Add(operation, 409, "The object is not in a state that allows this, or changed concurrently", problem);
        if (hasBody) Add(operation, 413, "The request body is larger than this endpoint accepts", problem);
        if (change && !signIn) Add(operation, 422, "A business rule refuses the change", problem);
        if (signIn || metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, 429, "Too many requests; wait for Retry-After seconds", problem);
            ((OpenApiResponse)operation.Responses["429"]).Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }
    }

    /// <summary><c>GET /api/stations/{id}/transactions</c> → <c>getStationsByIdTransactions</c>: unique as method and path are.</summary>
    public static string OperationId(string method, string path)
    {
        var words = new List<string> { method.ToLowerInvariant() };
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(path.StartsWith("/api/", StringComparison.Ordinal) ? 1 : 0))
            words.Add(segment.StartsWith('{') ? "By" + Pascal(segment.Trim('{', '}').Split(':')[0]) : Pascal(segment));
        return string.Concat(words);
    }

    private static string Pascal(string segment) => string.Concat(segment.Split('-', '_', '.')
        .Where(w => w.Length > 0).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    private static Task<IOpenApiSchema> SchemaAsync<T>(OpenApiOperationTransformerContext context, CancellationToken ct) =>
        SchemaAsync(typeof(T), context, ct, open: true);

    /// <summary>A component schema of the type, and a reference to it.</summary>
    private static async Task<IOpenApiSchema> SchemaAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken ct, bool open)
    {
        var name = type.Name;
        if (context.Document?.Components?.Schemas?.ContainsKey(name) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(type, null, ct);
            // problem details: extensions such as currentState (409), passwordChangeRequired (403) or failedRules (422) ride along
            if (open && schema is OpenApiSchema s) s.AdditionalProperties ??= new OpenApiSchema();
            context.Document!.AddComponent(name, schema);
        }
        return new OpenApiSchemaReference(name, context.Document);
    }

    private static void Add(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(code, out var existing) && existing is OpenApiResponse { Content.Count: > 0 }) return;
        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
        };
    }
}
