using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CreditLoan.Testing;

public sealed record BankSetup(Guid BankId, string CreditCode, HttpClient Officer);

public sealed record StationSetup(Guid StationId, string AgentUserName, HttpClient Agent);

public sealed record EnterpriseSetup(Guid EnterpriseId, string CreditCode, HttpClient Client, string UserName = "");

/// <summary>Builds tenants the way a county would: through the HTTP API only.</summary>
public static class Scenarios
{
    public const string Password = "Passw0rd-2026";

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<BankSetup> NewBankAsync(this CreditLoanApp app, string name = "定州农商银行")
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var bank = await (await bureau.PostAsJsonAsync("/api/banks", new { name, creditCode = code })).ReadJsonAsync(HttpStatusCode.Created);
        var bankId = Guid.Parse((string)bank["id"]!);
        return new BankSetup(bankId, code, await app.NewBankOfficerAsync(bankId));
    }

    public static async Task<HttpClient> NewBankOfficerAsync(this CreditLoanApp app, Guid bankId)
    {
        var bureau = await app.BureauAsync();
        var userName = TestData.UserName("officer");
        (await bureau.PostAsJsonAsync($"/api/banks/{bankId}/users", new { userName, password = Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        return await app.ClientAsync(userName, Password);
    }

    /// <summary>A station of the bank in a village, with one agent (whose user name the browser tests sign in with).</summary>
    public static async Task<StationSetup> NewStationAsync(this CreditLoanApp app, Guid partnerBankId, string name = "翟村服务站",
        string villageCode = "130682101200", decimal cashFloatLimit = 50_000m)
    {
        var bureau = await app.BureauAsync();
        var station = await (await bureau.PostAsJsonAsync("/api/stations", new { name, villageCode, partnerBankId, cashFloatLimit }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var userName = TestData.UserName("agent");
        (await bureau.PostAsJsonAsync($"/api/stations/{station["id"]}/users", new { userName, password = Password, displayName = "代办员" }))
            .EnsureSuccessStatusCode();
        return new StationSetup(Guid.Parse((string)station["id"]!), userName, await app.ClientAsync(userName, Password));
    }

    public static async Task<JsonObject> ImportAsync(this HttpClient bureau, string dataset, string batchId, string body,
        string contentType = "text/csv", HttpStatusCode expected = HttpStatusCode.OK)
    {
        var content = new StringContent(body, Encoding.UTF8, contentType);
        var response = await bureau.PostAsync($"/api/credit/imports?dataset={dataset}&batchId={batchId}", content);
        return await response.ReadJsonAsync(expected);
    }

    public static async Task ImportRegistryAsync(this CreditLoanApp app, params string[] rows)
    {
        var bureau = await app.BureauAsync();
        var report = await bureau.ImportAsync("registry", "b" + Guid.NewGuid().ToString("N"), TestData.RegistryHeader + "\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(rows.Length, (int)report["accepted"]!);
    }

    public static async Task<EnterpriseSetup> NewEnterpriseAsync(this CreditLoanApp app, string? registryRow = null, string? creditCode = null)
    {
        creditCode ??= TestData.CreditCode();
        await app.ImportRegistryAsync(registryRow ?? TestData.RegistryRow(creditCode));
        var userName = TestData.UserName("ent");
        var client = app.CreateClient();
        var enterprise = await (await client.PostAsJsonAsync("/api/enterprises/register",
            new { creditCode, phone = "13812345678", userName, password = Password })).ReadJsonAsync(HttpStatusCode.Created);
        return new EnterpriseSetup(Guid.Parse((string)enterprise["id"]!), creditCode, await app.ClientAsync(userName, Password), userName);
    }

    /// <summary>A valid product body; override fields with <paramref name="changes"/>.</summary>
    public static JsonObject ProductBody(Action<JsonObject>? changes = null)
    {
        var body = new JsonObject
        {
            ["name"] = "牧业贷",
            ["category"] = "Credit",
            ["minAmount"] = 10000m,
            ["maxAmount"] = 500000m,
            ["minTermMonths"] = 6,
            ["maxTermMonths"] = 36,
            ["minAnnualRate"] = 3.85m,
            ["maxAnnualRate"] = 6.5m,
            ["repaymentMethods"] = new JsonArray("EqualInstallment", "InterestOnly"),
            ["industries"] = new JsonArray("A"),
            ["divisions"] = new JsonArray("130682"),
            ["minGrade"] = "C",
            ["minYearsInBusiness"] = 1,
            ["enterpriseTypes"] = new JsonArray(),
            ["collateralRequired"] = false,
            ["requiredMaterials"] = new JsonArray("营业执照", "法人身份证", "近一年银行流水"),
            ["description"] = "面向养殖户的纯信用贷款",
        };
        changes?.Invoke(body);
        return body;
    }

    public static async Task<JsonObject> CreateProductAsync(this HttpClient officer, Action<JsonObject>? changes = null, bool publish = true)
    {
        var product = await (await officer.PostAsJsonAsync("/api/products", ProductBody(changes))).ReadJsonAsync(HttpStatusCode.Created);
        if (!publish) return product;
        return await (await officer.PostAsync($"/api/products/{product["id"]}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
