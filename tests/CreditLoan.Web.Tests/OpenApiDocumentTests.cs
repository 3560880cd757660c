using System.Net;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The OpenAPI document is one generated clients can build on (issue 15, docs/api-clients.md); test.sh also lints it with
/// Redocly and generates, compiles and calls NSwag and Kiota clients from it (tests/api-clients/run.sh).
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> DocumentAsync() => JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject doc) =>
        from path in doc["paths"]!.AsObject()
        from op in path.Value!.AsObject()
        where Methods.Contains(op.Key)
        select (path.Key, op.Key, op.Value!.AsObject());

    [Fact]
    public async Task Every_operation_has_a_unique_operationId()
    {
        var ids = Operations(await DocumentAsync()).Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.True(ids.Count > 80, $"only {ids.Count} operations");
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task The_bearer_scheme_is_declared_and_each_operation_says_whether_it_needs_it_as_the_API_does()
    {
        var doc = await DocumentAsync();
        var scheme = doc["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        var anonymous = app.CreateClient();
        foreach (var (path, method, op) in Operations(doc))
        {
            var security = op["security"]?.AsArray();
            Assert.True(security is not null, $"{method} {path} declares no security");
            var bearer = security.Any(r => r!.AsObject().ContainsKey("Bearer"));
            var responses = op["responses"]!.AsObject();
            if (bearer) Assert.True(responses.ContainsKey("401") && responses.ContainsKey("403"), $"{method} {path}: no 401/403");
            // what the document says is what the API does: without a token, 401 exactly where the bearer is required
            if (method != "get" || path.Contains('{')) continue;
            var status = (await anonymous.GetAsync(path)).StatusCode;
            Assert.True(bearer == (status == HttpStatusCode.Unauthorized), $"GET {path}: bearer {bearer}, anonymous call answered {(int)status}");
        }
    }

    [Fact]
    public async Task Problem_details_are_declared_with_application_problem_json()
    {
        var doc = await DocumentAsync();
        foreach (var (path, method, op) in Operations(doc))
        {
            var responses = op["responses"]!.AsObject();
            // only an anonymous read with no parameter and no body cannot be refused (the national industry table)
            var cannotFail = method == "get" && op["parameters"] is not JsonArray { Count: > 0 } && op["requestBody"] is null
                             && op["security"] is JsonArray { Count: 0 };
            Assert.True(cannotFail || responses.Any(r => r.Key.StartsWith('4')), $"{method} {path} declares no 4xx");
            foreach (var (code, response) in responses.Where(r => r.Key.StartsWith('4')))
            {
                var content = response!["content"]!.AsObject();
                Assert.True(content.ContainsKey("application/problem+json"), $"{method} {path} {code}");
                var expected = code == "400" ? "HttpValidationProblemDetails" : "ProblemDetails";
                Assert.Equal($"#/components/schemas/{expected}", content["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
            }
        }
        var import = doc["paths"]!["/api/credit/imports"]!["post"]!["responses"]!.AsObject();
        Assert.True(import.ContainsKey("429"), "a rate-limited operation declares 429");
        Assert.NotNull(import["429"]!["headers"]!["Retry-After"]);
        var product = doc["paths"]!["/api/products/{id}"]!["get"]!["responses"]!.AsObject();
        Assert.True(product.ContainsKey("404"));
    }

    [Fact]
    public async Task Enums_are_strings_and_money_is_a_decimal_number()
    {
        var doc = await DocumentAsync();
        var schemas = doc["components"]!["schemas"]!.AsObject();
        var enums = schemas.Where(s => s.Value!["enum"] is not null).ToList();
        Assert.NotEmpty(enums);
        foreach (var (name, schema) in enums)
        {
            Assert.Equal("string", schema!["type"]!.GetValue<string>());
            Assert.All(schema["enum"]!.AsArray(), v => Assert.Equal(System.Text.Json.JsonValueKind.String, v!.GetValueKind()));
        }
        Assert.Equal("decimal", schemas["AccountResponse"]!["properties"]!["balance"]!["format"]!.GetValue<string>());
        Assert.Equal("decimal", schemas["CashBody"]!["properties"]!["amount"]!["format"]!.GetValue<string>());
        // the one double is a duration, not money (a new one is a decision: money is decimal)
        var doubles = schemas.SelectMany(s => (s.Value!["properties"]?.AsObject() ?? new JsonObject()).Where(p => p.Value!.ToJsonString().Contains("\"double\""))
            .Select(p => $"{s.Key}.{p.Key}")).ToList();
        Assert.Equal(["OverdueItem.hoursOverdue"], doubles);
        // no number-or-string union (what number handling "AllowReadingFromString" documents): numbers are strict
        Assert.DoesNotContain(Nodes(doc), n => n is JsonObject o && o["type"] is JsonArray types
            && types.Any(t => t!.GetValue<string>() == "string") && types.Any(t => t!.GetValue<string>() is "number" or "integer"));
    }

    [Fact]
    public async Task Imports_calendar_and_downloads_have_typed_bodies_and_their_media_types()
    {
        var paths = (await DocumentAsync())["paths"]!;
        var calendar = paths["/api/calendar/{year}"]!;
        Assert.Equal("#/components/schemas/CalendarYearDocument",
            calendar["put"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/CalendarYearDocument",
            calendar["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        var import = paths["/api/credit/imports"]!["post"]!["requestBody"]!["content"]!.AsObject();
        Assert.True(import.ContainsKey("text/csv") && import.ContainsKey("application/x-ndjson"), string.Join(", ", import.Select(c => c.Key)));
        // an XLSX workbook too (issue 18), as bytes
        Assert.Equal("binary", import["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]!["schema"]!["format"]!.GetValue<string>());
        var download = paths["/api/stats/by-bank"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        foreach (var type in new[] { "application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
            Assert.True(download.ContainsKey(type), $"by-bank: {type}");
        Assert.True(paths["/api/stations/{id}/transactions/{txId}/receipt"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().ContainsKey("text/html"));
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node) => node switch
    {
        JsonObject o => o.Where(p => p.Value is not null).SelectMany(p => Nodes(p.Value!)).Prepend(o),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Nodes(v!)).Prepend(a),
        _ => [node],
    };
}
