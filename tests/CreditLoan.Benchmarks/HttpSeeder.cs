using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Benchmarks;

/// <summary>
/// Seeds a running instance through its HTTP API (127.0.0.1 only): a bank with N published province-scale products,
/// and an enterprise with a need; prints the need id and the enterprise's token for the load run.
/// </summary>
internal static class HttpSeeder
{
    public static async Task RunAsync(string baseUrl, string adminPassword, int products)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback) throw new ArgumentException("Seeding only talks to a loopback address.");
        using var http = new HttpClient { BaseAddress = uri };
        var admin = await TokenAsync(http, "admin", adminPassword);
        var bank = await PostAsync(http, admin, "/api/banks", new { name = "压测银行", creditCode = TestData.CreditCode() });
        await PostAsync(http, admin, $"/api/banks/{bank["id"]}/users", new { userName = "seedofficer", password = "seed-Officer-1", displayName = "压测" });
        var officer = await TokenAsync(http, "seedofficer", "seed-Officer-1");

        var terms = ProvinceData.Products(products);
        var created = 0;
        await Parallel.ForEachAsync(terms, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, ct) =>
        {
            var product = await PostAsync(http, officer, "/api/products", new
            {
                name = p.Name, category = p.Category.ToString(), minAmount = p.MinAmount, maxAmount = p.MaxAmount, minTermMonths = p.MinTermMonths,
                maxTermMonths = p.MaxTermMonths, minAnnualRate = p.MinAnnualRate, maxAnnualRate = p.MaxAnnualRate,
                repaymentMethods = p.RepaymentMethods.Select(m => m.ToString()), industries = p.Industries, divisions = p.Divisions,
                minGrade = p.MinGrade.ToString(), minYearsInBusiness = p.MinYearsInBusiness, enterpriseTypes = p.EnterpriseTypes.Select(t => t.ToString()),
                collateralRequired = p.CollateralRequired, requiredMaterials = p.RequiredMaterials, description = "压测",
            });
            await PostAsync(http, officer, $"/api/products/{product["id"]}/publish", null);
            if (Interlocked.Increment(ref created) % 1000 == 0) Console.Error.WriteLine($"{created} products published");
        });

        var code = TestData.CreditCode();
        var csv = TestData.RegistryHeader + "\n" + TestData.RegistryRow(code, industry: "A03", division: ProvinceData.County(5) + "101001", established: "2012-05-01") + "\n";
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/credit/imports?dataset=registry&batchId=seed-registry")
               { Content = new StringContent(csv, Encoding.UTF8, "text/csv") })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }
        (await http.PostAsJsonAsync("/api/enterprises/register", new { creditCode = code, phone = "13812345678", userName = "seedfarm", password = "seed-Farm-12" }))
            .EnsureSuccessStatusCode();
        var farm = await TokenAsync(http, "seedfarm", "seed-Farm-12");
        // A broad need (most products of the county that lend this amount) or, with SEED_NEED=narrow, a need only cheap products meet.
        var narrow = Environment.GetEnvironmentVariable("SEED_NEED") == "narrow";
        var need = await PostAsync(http, farm, "/api/needs", narrow
            ? new { amount = 50_000m, termMonths = 6, purpose = "短期周转", collateral = "None", maxAnnualRate = 3.6m }
            : new { amount = 200_000m, termMonths = 24, purpose = "扩大养殖", collateral = "Equipment", maxAnnualRate = 8m });
        Console.WriteLine($"NEED={need["id"]}");
        Console.WriteLine($"TOKEN={farm}");
    }

    private static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!;
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string token, string path, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
