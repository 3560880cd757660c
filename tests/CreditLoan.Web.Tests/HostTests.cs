using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CreditLoan.Web.Tests;

/// <summary>The web host's own promises: OpenAPI, health, body limits (on real Kestrel), problem details.</summary>
public sealed class HostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_OpenAPI_document_and_reference_page_are_served()
    {
        var client = app.CreateClient();
        var doc = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject();
        foreach (var path in new[] { "/api/auth/token", "/api/banks", "/api/products", "/api/products/{id}", "/api/credit/imports", "/api/enterprises/register" })
            Assert.True(paths.ContainsKey(path), $"{path} missing from the OpenAPI document");
        var page = await client.GetAsync("/api-reference");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Liveness_and_readiness_answer()
    {
        var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Unknown_json_fields_are_ignored()
    {
        var bureau = await app.BureauAsync();
        var response = await bureau.PostAsync("/api/banks", new StringContent(
            Scenarios.Json(new { name = "多字段银行", creditCode = TestData.CreditCode(), swiftCode = "XXXX" }), Encoding.UTF8, "application/json"));
        await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}

/// <summary>Body limits are enforced by Kestrel, so these run against a real socket on 127.0.0.1.</summary>
public sealed class KestrelLimitTests : IAsyncLifetime
{
    private readonly SqliteApp _app = new();

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task An_oversized_body_is_413_and_imports_accept_large_files()
    {
        var bureau = await _app.BureauAsync();
        var huge = new string('x', 2 * 1024 * 1024);
        var response = await bureau.PostAsync("/api/banks", new StringContent($"{{\"name\":\"{huge}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        // a 3 MB registry file is fine on the import endpoint
        var rows = new StringBuilder(TestData.RegistryHeader).Append('\n');
        var count = 0;
        while (rows.Length < 3 * 1024 * 1024)
        {
            rows.Append(TestData.RegistryRow(TestData.CreditCode())).Append('\n');
            count++;
        }
        var report = await bureau.ImportAsync("registry", "big-" + Guid.NewGuid().ToString("N")[..8], rows.ToString());
        Assert.Equal(count, (int)report["accepted"]!);
        Assert.True(count > 5_000 * 2, "the file must span several import chunks");
    }
}
