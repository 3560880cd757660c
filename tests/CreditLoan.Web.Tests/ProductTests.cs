using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>Loan products: lifecycle, validation, the public supermarket list, on both databases.</summary>
public abstract class ProductTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    [Fact]
    public async Task A_product_goes_from_draft_to_published_to_retired()
    {
        var bank = await app.NewBankAsync();
        var draft = await bank.Officer.CreateProductAsync(publish: false);
        Assert.Equal("Draft", (string)draft["status"]!);
        Assert.Equal(bank.BankId.ToString(), (string)draft["bankId"]!);
        Assert.Equal(["营业执照", "法人身份证", "近一年银行流水"], draft["requiredMaterials"]!.AsArray().Select(m => (string)m!));
        var id = (string)draft["id"]!;
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/products/{id}")).StatusCode);
        Assert.DoesNotContain(await ListIdsAsync(anonymous, $"bankId={bank.BankId}"), x => x == id);

        var published = await (await bank.Officer.PostAsync($"/api/products/{id}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Published", (string)published["status"]!);
        var seen = await (await anonymous.GetAsync($"/api/products/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("定州农商银行", (string)seen["bankName"]!);
        Assert.Contains(await ListIdsAsync(anonymous, $"bankId={bank.BankId}"), x => x == id);

        var again = await (await bank.Officer.PostAsync($"/api/products/{id}/publish", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Published", (string)again["currentState"]!);
        Assert.Contains("Published", (string)again["detail"]!);

        var updated = await (await bank.Officer.PutAsJsonAsync($"/api/products/{id}", Scenarios.ProductBody(b => b["maxAnnualRate"] = 5.2m)))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5.2m, (decimal)updated["maxAnnualRate"]!);

        var retired = await (await bank.Officer.PostAsync($"/api/products/{id}/retire", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Retired", (string)retired["status"]!);
        Assert.DoesNotContain(await ListIdsAsync(anonymous, $"bankId={bank.BankId}"), x => x == id);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/products/{id}")).StatusCode);
        await (await bank.Officer.PutAsJsonAsync($"/api/products/{id}", Scenarios.ProductBody())).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await bank.Officer.PostAsync($"/api/products/{id}/publish", null)).ReadJsonAsync(HttpStatusCode.Conflict);

        var mine = await (await bank.Officer.GetAsync("/api/products/mine?status=Retired")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(mine["items"]!.AsArray(), p => (string)p!["id"]! == id);
    }

    [Theory]
    [InlineData("maxAmount", 5000, "maxAmount")]
    [InlineData("minAmount", 0, "minAmount")]
    [InlineData("minAmount", 100.123, "minAmount")]
    [InlineData("maxTermMonths", 361, "maxTermMonths")]
    [InlineData("minTermMonths", 0, "minTermMonths")]
    [InlineData("minAnnualRate", 3.12345, "minAnnualRate")]
    [InlineData("maxAnnualRate", 3.0, "maxAnnualRate")]
    [InlineData("minYearsInBusiness", -1, "minYearsInBusiness")]
    public async Task Out_of_range_numbers_are_400_naming_the_field(string field, double value, string expectedField)
    {
        var bank = await app.NewBankAsync();
        var body = Scenarios.ProductBody(b => b[field] = (decimal)value);
        var problem = await (await bank.Officer.PostAsJsonAsync("/api/products", body)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(expectedField), problem.ToJsonString());
    }

    [Fact]
    public async Task Enums_lists_and_codes_are_checked_with_clear_messages()
    {
        var bank = await app.NewBankAsync();
        var unknownMethod = await (await bank.Officer.PostAsJsonAsync("/api/products",
            Scenarios.ProductBody(b => b["repaymentMethods"] = new JsonArray("EqualInstallment", "Balloon")))).ReadJsonAsync(HttpStatusCode.BadRequest);
        var message = unknownMethod["errors"]!["repaymentMethods[1]"]![0]!.ToString();
        Assert.Contains("EqualPrincipal", message);

        var noMethod = await (await bank.Officer.PostAsJsonAsync("/api/products",
            Scenarios.ProductBody(b => b["repaymentMethods"] = new JsonArray()))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noMethod["errors"]!.AsObject().ContainsKey("repaymentMethods"));

        var badCategory = await (await bank.Officer.PostAsJsonAsync("/api/products",
            Scenarios.ProductBody(b => b["category"] = "Gift"))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badCategory["errors"]!.AsObject().ContainsKey("category"));

        var badCodes = await (await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b =>
        {
            b["industries"] = new JsonArray("A", "AA");
            b["divisions"] = new JsonArray("13068");
            b["name"] = "";
        }))).ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = badCodes["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("industries[1]") || errors.ContainsKey("industries"), badCodes.ToJsonString());
        Assert.True(errors.ContainsKey("divisions[0]") || errors.ContainsKey("divisions"), badCodes.ToJsonString());
        Assert.True(errors.ContainsKey("name"));

        var malformed = await bank.Officer.PostAsync("/api/products", new StringContent("{\"name\": \"x\",", System.Text.Encoding.UTF8, "application/json"));
        var problem = await malformed.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]);

        var mine = await (await bank.Officer.GetAsync("/api/products/mine")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)mine["total"]!);
    }

    [Fact]
    public async Task The_supermarket_filters_by_bank_category_industry_division_amount_and_term()
    {
        var bank = await app.NewBankAsync();
        var farm = (string)(await bank.Officer.CreateProductAsync(b => b["name"] = "养殖贷"))["id"]!; // A, county 130682, 1万-50万, 6-36个月
        var shop = (string)(await bank.Officer.CreateProductAsync(b =>
        {
            b["name"] = "商户贷";
            b["category"] = "Guarantee";
            b["industries"] = new JsonArray("F52");
            b["divisions"] = new JsonArray("130682101");
            b["minAmount"] = 600000m;
            b["maxAmount"] = 2000000m;
            b["minTermMonths"] = 12;
            b["maxTermMonths"] = 60;
        }))["id"]!;
        var everyone = (string)(await bank.Officer.CreateProductAsync(b =>
        {
            b["name"] = "普惠贷";
            b["industries"] = new JsonArray();
            b["divisions"] = new JsonArray();
        }))["id"]!;
        var anonymous = app.CreateClient();
        var q = $"bankId={bank.BankId}";

        Assert.Equal(new[] { farm, everyone }.Order(), (await ListIdsAsync(anonymous, $"{q}&industry=A03")).Order());
        Assert.Equal(new[] { shop, everyone }.Order(), (await ListIdsAsync(anonymous, $"{q}&industry=F52")).Order());
        Assert.Equal(new[] { everyone }, await ListIdsAsync(anonymous, $"{q}&industry=F51"));
        Assert.Equal(new[] { farm, shop, everyone }.Order(), (await ListIdsAsync(anonymous, $"{q}&division=130682101202")).Order());
        Assert.Equal(new[] { farm, everyone }.Order(), (await ListIdsAsync(anonymous, $"{q}&division=130682102200")).Order());
        Assert.Equal(new[] { everyone }, await ListIdsAsync(anonymous, $"{q}&division=130681")); // another county
        Assert.Equal(new[] { shop }, await ListIdsAsync(anonymous, $"{q}&category=Guarantee"));
        Assert.Equal(new[] { shop }, await ListIdsAsync(anonymous, $"{q}&amount=1000000"));
        Assert.Equal(new[] { farm, everyone }.Order(), (await ListIdsAsync(anonymous, $"{q}&amount=20000.50")).Order());
        Assert.Equal(new[] { shop }, await ListIdsAsync(anonymous, $"{q}&termMonths=48"));
        Assert.Empty(await ListIdsAsync(anonymous, $"{q}&amount=5000000"));

        var page = await (await anonymous.GetAsync($"/api/products?{q}&page=2&pageSize=2")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, (int)page["total"]!);
        Assert.Equal(2, (int)page["page"]!);
        Assert.Single(page["items"]!.AsArray());
        // newest first
        Assert.Equal(farm, (string)page["items"]![0]!["id"]!);

        var tooBig = await (await anonymous.GetAsync("/api/products?pageSize=500")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(tooBig["errors"]!.AsObject().ContainsKey("pageSize"));
        var badAmount = await (await anonymous.GetAsync("/api/products?amount=lots")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badAmount["errors"]!.AsObject().ContainsKey("amount"));
        var badIndustry = await (await anonymous.GetAsync("/api/products?industry=A999")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badIndustry["errors"]!.AsObject().ContainsKey("industry"));
    }

    [Fact]
    public async Task Materials_and_codes_round_trip_exactly_whatever_characters_they_hold()
    {
        var bank = await app.NewBankAsync();
        var materials = new JsonArray("营业执照 | 副本", "担保函,\"原件\"", "近6个月流水（加盖公章）");
        var product = await bank.Officer.CreateProductAsync(b => b["requiredMaterials"] = materials.DeepClone(), publish: false);
        var read = await (await bank.Officer.GetAsync($"/api/products/{product["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(materials.Select(m => (string)m!), read["requiredMaterials"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public async Task Anonymous_and_wrong_role_callers_are_refused_before_their_input_is_read()
    {
        var anonymous = app.CreateClient();
        var unauthenticated = await anonymous.PostAsJsonAsync("/api/products", new { name = "" });
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Contains("Bearer", unauthenticated.Headers.WwwAuthenticate.ToString());
        var enterprise = await app.NewEnterpriseAsync();
        var forbidden = await enterprise.Client.PostAsJsonAsync("/api/products", new { name = "" });
        var problem = await forbidden.ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal(403, (int)problem["status"]!);
    }

    private static async Task<List<string>> ListIdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/products?{query}&pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(p => (string)p!["id"]!).ToList();
    }
}

public sealed class SqliteProductTests(SqliteApp app) : ProductTests<SqliteApp>(app);

public sealed class MariaDbProductTests(MariaDbApp app) : ProductTests<MariaDbApp>(app);
