using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Benchmarks;

/// <summary>
/// End-to-end lifecycle throughput over HTTP (loopback only): N concurrent clients, each an enterprise with the bank's
/// officer, repeating apply → accept → approve → disburse for a fixed time. Reports lifecycles/s and request latencies.
/// </summary>
internal static class LifecycleLoad
{
    public static async Task RunAsync(string baseUrl, string adminPassword, int clients, int seconds)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback) throw new ArgumentException("Load only goes to a loopback address.");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = uri };
        var admin = await TokenAsync(http, "admin", adminPassword);
        var bank = await SendAsync(http, admin, HttpMethod.Post, "/api/banks", new { name = "压测银行", creditCode = TestData.CreditCode() });
        await SendAsync(http, admin, HttpMethod.Post, $"/api/banks/{bank["id"]}/users", new { userName = "loadofficer", password = "load-Officer-1", displayName = "压测" });
        var officer = await TokenAsync(http, "loadofficer", "load-Officer-1");
        var product = await SendAsync(http, officer, HttpMethod.Post, "/api/products", new
        {
            name = "压测贷", category = "Credit", minAmount = 10_000m, maxAmount = 500_000m, minTermMonths = 6, maxTermMonths = 36, minAnnualRate = 3.85m,
            maxAnnualRate = 6.5m, repaymentMethods = new[] { "EqualInstallment" }, industries = Array.Empty<string>(), divisions = Array.Empty<string>(),
            minGrade = "D", minYearsInBusiness = 0, enterpriseTypes = Array.Empty<string>(), collateralRequired = false, requiredMaterials = new[] { "营业执照" },
        });
        await SendAsync(http, officer, HttpMethod.Post, $"/api/products/{product["id"]}/publish", null);

        var codes = Enumerable.Range(0, clients).Select(_ => TestData.CreditCode()).ToList();
        var csv = TestData.RegistryHeader + "\n" + string.Join("\n", codes.Select(c => TestData.RegistryRow(c))) + "\n";
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/credit/imports?dataset=registry&batchId=load-registry")
               { Content = new StringContent(csv, Encoding.UTF8, "text/csv") })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }
        var enterprises = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            (await http.PostAsJsonAsync("/api/enterprises/register", new { creditCode = codes[i], phone = "13812345678", userName = $"loadent{i}", password = "load-Ent-123" }))
                .EnsureSuccessStatusCode();
            enterprises.Add(await TokenAsync(http, $"loadent{i}", "load-Ent-123"));
        }

        var latencies = new List<double>();
        var lifecycles = 0;
        var errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(enterprises.Select(token => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                try
                {
                    var app = await Timed(mine, () => SendAsync(http, token, HttpMethod.Post, "/api/applications", new { productId = (string)product["id"]!, amount = 100_000m, termMonths = 12 }));
                    var id = (string)app["id"]!;
                    await Timed(mine, () => SendAsync(http, officer, HttpMethod.Post, $"/api/applications/{id}/accept", null));
                    await Timed(mine, () => SendAsync(http, officer, HttpMethod.Post, $"/api/applications/{id}/approve",
                        new { amount = 100_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" }));
                    await Timed(mine, () => SendAsync(http, officer, HttpMethod.Post, $"/api/applications/{id}/disburse", new { amount = 100_000m, disbursedOn = today }));
                    Interlocked.Increment(ref lifecycles);
                }
                catch (InvalidOperationException ex)
                {
                    if (Interlocked.Increment(ref errors) <= 3) Console.Error.WriteLine(ex.Message);
                }
            }
            lock (latencies) latencies.AddRange(mine);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        latencies.Sort();
        Console.WriteLine($"clients={clients} seconds={elapsed:F1} lifecycles={lifecycles} lifecycles_per_s={lifecycles / elapsed:F0} requests_per_s={latencies.Count / elapsed:F0} " +
                          $"p50={latencies[latencies.Count / 2]:F1}ms p99={latencies[(int)(latencies.Count * 0.99)]:F1}ms errors={errors}");
    }

    private static async Task<JsonObject> Timed(List<double> samples, Func<Task<JsonObject>> call)
    {
        var t = Stopwatch.GetTimestamp();
        var result = await call();
        samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        return result;
    }

    private static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!;
    }

    private static async Task<JsonObject> SendAsync(HttpClient http, string token, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
