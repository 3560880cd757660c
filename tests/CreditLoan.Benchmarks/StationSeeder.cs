using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Benchmarks;

/// <summary>A bank, a station with a large float, its agent and N funded accounts, through the API (loopback only).</summary>
internal static class StationSeeder
{
    public static async Task RunAsync(string baseUrl, string adminPassword, int stations)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback) throw new ArgumentException("Seeding only talks to a loopback address.");
        using var http = new HttpClient { BaseAddress = uri };
        var admin = await Token(http, "admin", adminPassword);
        var bank = await Send(http, admin, "/api/banks", new { name = "压测银行", creditCode = TestData.CreditCode() });
        await Send(http, admin, $"/api/banks/{bank["id"]}/users", new { userName = "stationofficer", password = "load-Officer-1", displayName = "压测" });
        var officer = await Token(http, "stationofficer", "load-Officer-1");
        // one station, agent and account per slot: a real province's load spreads over many stations
        for (var i = 0; i < stations; i++)
        {
            var station = await Send(http, admin, "/api/stations", new { name = $"压测服务站{i}", villageCode = "130682101200", partnerBankId = (string)bank["id"]!, cashFloatLimit = 9_000_000_000m });
            await Send(http, admin, $"/api/stations/{station["id"]}/users", new { userName = $"loadagent{i}", password = "load-Agent-12", displayName = "压测" });
            var account = await Send(http, officer, $"/api/banks/{bank["id"]}/accounts", new { holderName = $"客户{i}", idNumber = "11010519491231002X", openingBalance = 0m });
            Console.WriteLine($"SLOT {station["id"]} {account["accountNo"]} {await Token(http, $"loadagent{i}", "load-Agent-12")}");
        }
    }

    private static async Task<string> Token(HttpClient http, string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!;
    }

    private static async Task<JsonObject> Send(HttpClient http, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
