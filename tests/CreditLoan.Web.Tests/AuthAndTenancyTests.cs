using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>Sign-in, lockout, roles and the 401/403/404 rules of api.md, on both databases.</summary>
public abstract class AuthAndTenancyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    [Fact]
    public async Task Bureau_administrator_gets_a_token_with_its_role()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token",
            new { userName = CreditLoanApp.AdminUserName, password = CreditLoanApp.AdminPassword });
        var body = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("bureau", (string)body["role"]!);
        Assert.False(string.IsNullOrEmpty((string)body["accessToken"]!));
        Assert.True(DateTimeOffset.Parse((string)body["expiresAt"]!) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_wrong_password_is_401_problem_details()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = CreditLoanApp.AdminUserName, password = "wrong-password1" });
        var problem = await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (int)problem["status"]!);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_401()
    {
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/enterprises/me")).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/banks", new { name = "x", creditCode = TestData.CreditCode() })).StatusCode);
    }

    [Fact]
    public async Task A_role_that_may_not_act_gets_403()
    {
        var enterprise = await app.NewEnterpriseAsync();
        var response = await enterprise.Client.PostAsJsonAsync("/api/banks", new { name = "冒名银行", creditCode = TestData.CreditCode() });
        await response.ReadJsonAsync(HttpStatusCode.Forbidden);
        var bank = await app.NewBankAsync();
        await (await bank.Officer.PostAsync("/api/credit/imports?dataset=registry&batchId=x1", new StringContent(TestData.RegistryHeader)))
            .ReadJsonAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bank_cannot_reach_another_banks_settings_or_products_even_by_id()
    {
        var mine = await app.NewBankAsync("甲银行");
        var other = await app.NewBankAsync("乙银行");
        var draft = await other.Officer.CreateProductAsync(publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.GetAsync($"/api/banks/{other.BankId}/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.GetAsync($"/api/products/{draft["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.PostAsync($"/api/products/{draft["id"]}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.PutAsJsonAsync($"/api/products/{draft["id"]}", Scenarios.ProductBody())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.PostAsync($"/api/products/{draft["id"]}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Officer.GetAsync($"/api/products/{Guid.NewGuid()}")).StatusCode);
        // and the draft is untouched
        var still = await (await other.Officer.GetAsync($"/api/products/{draft["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Draft", (string)still["status"]!);
    }

    [Fact]
    public async Task Bureau_onboards_a_station_and_its_agent_who_can_sign_in()
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "东亭镇翟村服务站", villageCode = "130682101200", partnerBankId = bank.BankId, cashFloatLimit = 50000m }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("130682101", (string)station["townshipCode"]!);
        var userName = TestData.UserName("agent");
        var agent = await (await bureau.PostAsJsonAsync($"/api/stations/{station["id"]}/users",
            new { userName, password = Scenarios.Password, displayName = "代办员" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("agent", (string)agent["role"]!);
        var agentClient = await app.ClientAsync(userName, Scenarios.Password);
        await (await agentClient.GetAsync($"/api/stations/{station["id"]}")).ReadJsonAsync(HttpStatusCode.OK);

        var otherBank = await app.NewBankAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await otherBank.Officer.GetAsync($"/api/stations/{station["id"]}")).StatusCode);
        await (await bank.Officer.GetAsync($"/api/stations/{station["id"]}")).ReadJsonAsync(HttpStatusCode.OK);

        var bad = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "x", villageCode = "1306821", partnerBankId = Guid.NewGuid(), cashFloatLimit = -1m })).ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = bad["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("villageCode"));
        Assert.True(errors.ContainsKey("cashFloatLimit"));
    }
}

public sealed class SqliteAuthAndTenancyTests(SqliteApp app) : AuthAndTenancyTests<SqliteApp>(app);

public sealed class MariaDbAuthAndTenancyTests(MariaDbApp app) : AuthAndTenancyTests<MariaDbApp>(app);
