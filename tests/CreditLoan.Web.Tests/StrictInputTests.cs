using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Strict input (issue 15): a missing required field, a null where none may be, a duplicate key or a number sent as a
/// string is a 400 naming the field — never a default that moves money; control characters are refused in text; paging
/// is bounded; the culture switch checks its return address. Privacy and rules: prospects unmask only under a live
/// consent; an application without a need declares its collateral. On both databases.
/// </summary>
public abstract class StrictInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonObject> Errors(HttpResponseMessage response) =>
        (await response.ReadJsonAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();

    [Fact]
    public async Task A_station_transaction_without_a_type_is_refused_and_moves_no_money()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var before = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{station.StationId}/transactions")
            { Content = Json("""{"accountNo":"6230000000000000001","amount":100}""") };
        request.Headers.Add("Idempotency-Key", "no-type");
        var errors = await Errors(await station.Agent.SendAsync(request));
        Assert.True(errors.ContainsKey("type"), errors.ToJsonString());
        var after = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((decimal)before["cash"]!, (decimal)after["cash"]!);
    }

    public static TheoryData<string> ProductFields => new() { "category", "minGrade", "repaymentMethods", "collateralRequired", "minAmount" };

    [Theory]
    [MemberData(nameof(ProductFields))]
    public async Task A_product_missing_a_required_field_is_refused_naming_it(string field)
    {
        var bank = await app.NewBankAsync();
        var body = Scenarios.ProductBody(b => b.Remove(field));
        var errors = await Errors(await bank.Officer.PostAsJsonAsync("/api/products", body));
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
    }

    [Fact]
    public async Task Counted_cash_and_the_approval_terms_must_be_sent()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var settle = await Errors(await station.Agent.PostAsync($"/api/stations/{station.StationId}/settlements", Json("""{"businessDate":"2026-03-10"}""")));
        Assert.True(settle.ContainsKey("countedCash"), settle.ToJsonString());
        var settings = await Errors(await bank.Officer.PutAsync($"/api/banks/{bank.BankId}/settings",
            Json("""{"withdrawalLimitPerDay":2000,"withdrawalLimitPerTransaction":2000}""")));
        Assert.True(settings.ContainsKey("commissions"), settings.ToJsonString());
    }

    [Fact]
    public async Task A_duplicate_key_a_number_as_a_string_and_a_null_are_refused_naming_the_field()
    {
        var bank = await app.NewBankAsync();
        var body = Scenarios.ProductBody().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var duplicate = await Errors(await bank.Officer.PostAsync("/api/products", Json(body.Replace("\"name\":\"牧业贷\"", "\"name\":\"牧业贷\",\"name\":\"别的贷\""))));
        Assert.True(duplicate.ContainsKey("name"), duplicate.ToJsonString());
        var text = await Errors(await bank.Officer.PostAsync("/api/products", Json(body.Replace("\"minAmount\":10000", "\"minAmount\":\"10000\""))));
        Assert.True(text.ContainsKey("minAmount"), text.ToJsonString());
        var nulled = await Errors(await bank.Officer.PostAsync("/api/products", Json(body.Replace("\"category\":\"Credit\"", "\"category\":null"))));
        Assert.True(nulled.ContainsKey("category"), nulled.ToJsonString());
    }

    [Fact]
    public async Task Control_characters_are_refused_in_text_and_line_breaks_only_where_text_allows_them()
    {
        var bank = await app.NewBankAsync();
        var nul = await Errors(await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b => b["name"] = "牧业\u0000贷")));
        Assert.True(nul.ContainsKey("name"), nul.ToJsonString());
        var newline = await Errors(await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b => b["name"] = "牧业\n贷")));
        Assert.True(newline.ContainsKey("name"));
        var item = await Errors(await bank.Officer.PostAsJsonAsync("/api/products",
            Scenarios.ProductBody(b => b["requiredMaterials"] = new JsonArray("营业执照", "身份\u0007证"))));
        Assert.True(item.ContainsKey("requiredMaterials[1]"), item.ToJsonString());
        // a description may have paragraphs, never a NUL
        await (await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b => b["description"] = "第一段\r\n\t第二段")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var described = await Errors(await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b => b["description"] = "说明\u0000")));
        Assert.True(described.ContainsKey("description"));
    }

    [Theory]
    [InlineData("/api/banks?page=2147483647")]
    [InlineData("/api/products?page=100001")]
    [InlineData("/api/banks?page=0")]
    public async Task Paging_is_bounded(string url)
    {
        var errors = await Errors(await app.CreateClient().GetAsync(url));
        Assert.True(errors.ContainsKey("page"));
    }

    [Theory]
    [InlineData("/\\x", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\\\evil.example", "/")]
    [InlineData("/products?x=1", "/products?x=1")]
    public async Task The_culture_switch_returns_only_to_a_page_of_this_site(string returnUrl, string expected)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/portal/culture?culture=en&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Prospects_unmask_only_while_a_consent_is_live()
    {
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs",
            new { amount = 100000m, termMonths = 12, purpose = "购买饲料", collateral = "None", maxAnnualRate = (decimal?)null })).ReadJsonAsync(HttpStatusCode.Created);
        await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = product["id"], needId = need["id"], amount = 100000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        async Task<JsonNode?> Prospect() => (await (await bank.Officer.GetAsync($"/api/products/{product["id"]}/prospects?pageSize=200"))
            .ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().FirstOrDefault(p => (string)p!["needId"]! == (string)need["id"]!);
        Assert.Equal(enterprise.EnterpriseId.ToString(), (string?)(await Prospect())?["enterpriseId"]);

        var consents = await (await enterprise.Client.GetAsync("/api/consents")).ReadJsonAsync(HttpStatusCode.OK);
        foreach (var consent in consents["items"]!.AsArray())
            await (await enterprise.Client.PostAsync($"/api/consents/{consent!["id"]}/revoke", null)).ReadJsonAsync(HttpStatusCode.OK);
        var masked = await Prospect();
        Assert.NotNull(masked);
        Assert.Null(masked["enterpriseId"]);
        Assert.Null(masked["enterpriseName"]);
    }

    [Fact]
    public async Task Applying_without_a_need_declares_collateral_or_is_refused_by_a_product_that_requires_it()
    {
        var bank = await app.NewBankAsync();
        var secured = await bank.Officer.CreateProductAsync(b => b["collateralRequired"] = true);
        var enterprise = await app.NewEnterpriseAsync();
        var refused = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = secured["id"], amount = 100000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(refused["failedRules"]!.AsArray(), r => r!.ToJsonString().Contains("ollateral"));
        await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = secured["id"], amount = 100000m, termMonths = 12, collateral = "Property" })).ReadJsonAsync(HttpStatusCode.Created);
    }
}

public sealed class SqliteStrictInputTests(SqliteApp app) : StrictInputTests<SqliteApp>(app);

public sealed class MariaDbStrictInputTests(MariaDbApp app) : StrictInputTests<MariaDbApp>(app);
