using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Codes checked against the national tables on input, and names beside codes in answers (product.md §12): an unknown or
/// wrongly levelled division or industry is a 400 naming the field; a registry import refuses such rows and keeps the rest.
/// </summary>
public abstract class PlaceCodesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static void AssertNamed(JsonObject problem, string field) =>
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());

    [Theory]
    [InlineData("130682104999")] // no such village (the issue's example)
    [InlineData("130682114001")] // 130682114 is a gap in Dingzhou's numbering
    [InlineData("130682101")]    // a township, not a village
    public async Task A_station_in_a_village_that_does_not_exist_is_refused(string villageCode)
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var refused = await (await bureau.PostAsJsonAsync("/api/stations", new { name = "无此村服务站", villageCode, partnerBankId = bank.BankId, cashFloatLimit = 1000 }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        AssertNamed(refused, "villageCode");
    }

    [Fact]
    public async Task A_station_answers_with_its_village_and_township_by_name()
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "大三路服务站", villageCode = "130682101208", partnerBankId = bank.BankId, cashFloatLimit = 1000 })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("大三路村民委员会", (string)station["villageName"]!);
        Assert.Equal("清风店镇", (string)station["townshipName"]!);
        var read = await (await bureau.GetAsync($"/api/stations/{station["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("清风店镇", (string)read["townshipName"]!);
    }

    [Theory]
    [InlineData("divisions", "130682999", "divisions[0]")]
    [InlineData("divisions", "1306", "divisions[0]")]
    [InlineData("industries", "A06", "industries[0]")]
    [InlineData("industries", "C44", "industries[0]")]
    public async Task A_product_for_a_place_or_industry_that_does_not_exist_is_refused(string list, string code, string field)
    {
        var bank = await app.NewBankAsync();
        var refused = await (await bank.Officer.PostAsJsonAsync("/api/products", Scenarios.ProductBody(b => b[list] = new JsonArray(code))))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        AssertNamed(refused, field);
        await bank.Officer.CreateProductAsync(b => { b["divisions"] = new JsonArray("130682", "130682101", "130682101208"); b["industries"] = new JsonArray("A", "A03"); });
    }

    [Fact]
    public async Task A_notice_names_its_townships_and_refuses_an_unknown_one()
    {
        await app.NewEnterpriseAsync();
        var bureau = await app.BureauAsync();
        AssertNamed(await (await bureau.PostAsJsonAsync("/api/notices", new { text = "通知", townships = new[] { "130682114" } }))
            .ReadJsonAsync(HttpStatusCode.BadRequest), "townships[0]");
        AssertNamed(await (await bureau.PostAsJsonAsync("/api/notices", new { text = "通知", industries = new[] { "C44" } }))
            .ReadJsonAsync(HttpStatusCode.BadRequest), "industries[0]");
        var notice = await (await bureau.PostAsJsonAsync("/api/notices", new { text = "通知", townships = new[] { "130682101" }, industries = new[] { "A03" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("清风店镇", (string)notice["townshipNames"]![0]!);
        Assert.Equal("畜牧业", (string)notice["industryNames"]![0]!);
    }

    [Fact]
    public async Task A_job_in_a_place_that_does_not_exist_is_refused_and_a_posted_one_is_named()
    {
        var enterprise = await app.NewEnterpriseAsync();
        AssertNamed(await (await enterprise.Client.PostAsJsonAsync("/api/jobs", new { title = "饲养员", divisionCode = "130682104999", salary = "4000元/月" }))
            .ReadJsonAsync(HttpStatusCode.BadRequest), "divisionCode");
        var job = await (await enterprise.Client.PostAsJsonAsync("/api/jobs", new { title = "饲养员", divisionCode = "130682101208", salary = "4000元/月" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("清风店镇", (string)job["townshipName"]!);
        Assert.Equal("大三路村民委员会", (string)job["villageName"]!);
        var me = await (await enterprise.Client.GetAsync("/api/enterprises/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("畜牧业", (string)me["industryName"]!);
        Assert.Equal("清风店镇", (string)me["townshipName"]!);
        Assert.Equal("清风店西街村民委员会", (string)me["villageName"]!);
    }

    [Fact]
    public async Task A_registry_import_refuses_rows_with_unknown_places_or_industries_and_keeps_the_good_ones()
    {
        var bureau = await app.BureauAsync();
        var good = TestData.CreditCode();
        var rows = new[]
        {
            TestData.RegistryRow(good),
            TestData.RegistryRow(TestData.CreditCode(), division: "130682104999"),
            TestData.RegistryRow(TestData.CreditCode(), division: "130682"),
            TestData.RegistryRow(TestData.CreditCode(), industry: "A06"),
        };
        var report = await bureau.ImportAsync("registry", "places" + Guid.NewGuid().ToString("N")[..8], TestData.RegistryHeader + "\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(1, (int)report["accepted"]!);
        Assert.Equal(3, (int)report["rejected"]!);
        var errors = report["errors"]!.AsArray().ToDictionary(e => (int)e!["line"]!, e => (string)e!["reason"]!);
        Assert.Contains("divisionCode", errors[3]);
        Assert.Contains("divisionCode", errors[4]);
        Assert.Contains("industry", errors[5]);
    }

    [Fact]
    public async Task The_township_breakdown_and_its_exports_carry_the_townships_names()
    {
        var bureau = await app.BureauAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 50_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var table = await (await bureau.GetAsync("/api/stats/by-township")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(table["items"]!.AsArray(), r => (string)r!["townshipCode"]! == "130682101" && (string)r["townshipName"]! == "清风店镇");
        var csv = await (await bureau.GetAsync("/api/stats/by-township?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("130682101,清风店镇", csv);
        var industries = await (await bureau.GetAsync("/api/stats/by-industry")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(industries["items"]!.AsArray(), r => (string)r!["industry"]! == "A" && (string)r["industryName"]! == "农、林、牧、渔业");
    }
}

public sealed class SqlitePlaceCodesTests(SqliteApp app) : PlaceCodesTests<SqliteApp>(app);

public sealed class MariaDbPlaceCodesTests(MariaDbApp app) : PlaceCodesTests<MariaDbApp>(app);
