using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>Registry imports and enterprise registration through the HTTP contract, on both databases.</summary>
public abstract class CreditImportAndRegistrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static string Batch() => "b-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<HttpResponseMessage> RegisterAsync(string creditCode, string phone = "13912345678", string? userName = null) =>
        await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode, phone, userName = userName ?? TestData.UserName("e"), password = Scenarios.Password });

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_and_good_rows_are_kept()
    {
        var bureau = await app.BureauAsync();
        var good1 = TestData.CreditCode();
        var good2 = TestData.CreditCode();
        var valid = TestData.CreditCode();
        var badCheck = valid[..17] + (valid[17] == '0' ? "1" : "0"); // the right body with a wrong check character
        var csv = string.Join("\n",
            TestData.RegistryHeader,
            TestData.RegistryRow(good1),
            TestData.RegistryRow(badCheck),                                  // line 3: wrong check character
            TestData.RegistryRow(TestData.CreditCode(), type: "Corporation"), // line 4: unknown type
            TestData.RegistryRow(TestData.CreditCode(), established: "2015/03/10"), // line 5
            TestData.RegistryRow(TestData.CreditCode(), capital: "12.345"),   // line 6
            TestData.RegistryRow(TestData.CreditCode(), industry: "Z9"),      // line 7
            TestData.RegistryRow(TestData.CreditCode(), division: "1306"),    // line 8
            "only,three,fields",                                              // line 9
            TestData.RegistryRow(good2, name: "\"定州市\"\"优质\"\"奶牛场, 有限公司\"", type: "Company")); // line 10, quoted
        var report = await bureau.ImportAsync("registry", Batch(), csv);

        Assert.Equal(2, (int)report["accepted"]!);
        Assert.Equal(7, (int)report["rejected"]!);
        Assert.False((bool)report["duplicateBatch"]!);
        var errors = report["errors"]!.AsArray().Select(e => ((long)e!["line"]!, (string)e["reason"]!)).ToList();
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9], errors.Select(e => e.Item1));
        Assert.Contains("check character", errors[0].Item2);
        Assert.Contains("type", errors[1].Item2);
        Assert.Contains("establishedOn", errors[2].Item2);
        Assert.Contains("registeredCapital", errors[3].Item2);
        Assert.Contains("industry", errors[4].Item2);
        Assert.Contains("divisionCode", errors[5].Item2);
        Assert.Contains("fields", errors[6].Item2);

        var registered = await (await RegisterAsync(good2)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("定州市\"优质\"奶牛场, 有限公司", (string)registered["name"]!);
        Assert.Equal("Company", (string)registered["type"]!);
        await (await RegisterAsync(good1)).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_wrong_header_refuses_the_whole_batch_and_writes_nothing()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var batch = Batch();
        var problem = await bureau.ImportAsync("registry", batch,
            "creditCode,name,kind,legalRepresentative,establishedOn,registeredCapital,industry,divisionCode\n" + TestData.RegistryRow(code),
            expected: HttpStatusCode.BadRequest);
        Assert.Contains(TestData.RegistryHeader, problem["errors"]!["header"]![0]!.ToString());
        await (await RegisterAsync(code)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        // the refused batch id is not used up: the corrected file goes through under the same id
        var report = await bureau.ImportAsync("registry", batch, TestData.RegistryHeader + "\n" + TestData.RegistryRow(code));
        Assert.Equal(1, (int)report["accepted"]!);
    }

    [Fact]
    public async Task Importing_the_same_batch_twice_changes_nothing()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var batch = Batch();
        var first = await bureau.ImportAsync("registry", batch, TestData.RegistryHeader + "\n" + TestData.RegistryRow(code, name: "第一次"));
        Assert.Equal(1, (int)first["accepted"]!);
        var second = await bureau.ImportAsync("registry", batch, TestData.RegistryHeader + "\n" + TestData.RegistryRow(code, name: "第二次"));
        Assert.True((bool)second["duplicateBatch"]!);
        Assert.Equal(0, (int)second["accepted"]!);

        var registered = await (await RegisterAsync(code)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("第一次", (string)registered["name"]!);
    }

    [Fact]
    public async Task Json_lines_import_with_the_same_checks()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var lines = string.Join("\n",
            Scenarios.Json(new { creditCode = code, name = "定州市张记种植家庭农场", type = "IndividualBusiness", legalRepresentative = "张记",
                establishedOn = "2019-05-01", registeredCapital = 30000.5m, industry = "A01", divisionCode = "130682102" }),
            "{not json",
            Scenarios.Json(new { creditCode = TestData.CreditCode(), name = "缺日期" , type = "Company", registeredCapital = 1, industry = "C", divisionCode = "130682102" }),
            "");
        var report = await bureau.ImportAsync("registry", Batch(), lines, "application/x-ndjson");
        Assert.Equal(1, (int)report["accepted"]!);
        Assert.Equal([2L, 3L], report["errors"]!.AsArray().Select(e => (long)e!["line"]!));
        var registered = await (await RegisterAsync(code)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(30000.5m, (decimal)registered["registeredCapital"]!);
        Assert.Equal("130682102", (string)registered["townshipCode"]!);
    }

    [Fact]
    public async Task Unknown_dataset_and_bad_batch_id_are_400_naming_the_field()
    {
        var bureau = await app.BureauAsync();
        var unknown = await bureau.ImportAsync("weather", Batch(), "x", expected: HttpStatusCode.BadRequest);
        Assert.Contains("registry", unknown["errors"]!["dataset"]![0]!.ToString());
        var badBatch = await bureau.ImportAsync("registry", "bad batch id!", TestData.RegistryHeader, expected: HttpStatusCode.BadRequest);
        Assert.True(badBatch["errors"]!.AsObject().ContainsKey("batchId"));
    }

    [Fact]
    public async Task Odd_values_are_refused_rows_not_guesses()
    {
        var bureau = await app.BureauAsync();
        var gbk = System.Text.Encoding.Latin1.GetBytes("\xB6\xA8\xD6\xDD"); // "定州" in GBK: not UTF-8
        var code = TestData.CreditCode();
        var body = new MemoryStream();
        body.Write(System.Text.Encoding.UTF8.GetBytes(TestData.RegistryHeader + "\n" + code + ","));
        body.Write(gbk);
        body.Write(System.Text.Encoding.UTF8.GetBytes(",Company,张三,2015-03-10,1,A,130682101\n"
            + TestData.RegistryRow(TestData.CreditCode(), type: "\"Company, Cooperative\"") + "\n"
            + TestData.RegistryRow(TestData.CreditCode(), type: "1") + "\n"));
        var response = await bureau.PostAsync($"/api/credit/imports?dataset=registry&batchId={Batch()}",
            new ByteArrayContent(body.ToArray()) { Headers = { ContentType = new("text/csv") } });
        var report = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)report["accepted"]!);
        var reasons = report["errors"]!.AsArray().Select(e => (string)e!["reason"]!).ToList();
        Assert.Contains("UTF-8", reasons[0]);
        Assert.Contains("type", reasons[1]);
        Assert.Contains("type", reasons[2]);

        var trailing = await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = code, phone = "13812345678\n", userName = TestData.UserName("t"), password = Scenarios.Password }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(trailing["errors"]!.AsObject().ContainsKey("phone"));
        var fullWidth = await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = code, phone = "１３８１２３４５６７８", userName = TestData.UserName("t"), password = Scenarios.Password }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(fullWidth["errors"]!.AsObject().ContainsKey("phone"));
    }

    [Fact]
    public async Task Batch_ids_are_case_sensitive_on_every_database()
    {
        var bureau = await app.BureauAsync();
        var batch = "Case-" + Guid.NewGuid().ToString("N")[..8];
        var upper = await bureau.ImportAsync("registry", batch.ToUpperInvariant(), TestData.RegistryHeader + "\n" + TestData.RegistryRow(TestData.CreditCode()));
        var lower = await bureau.ImportAsync("registry", batch.ToLowerInvariant(), TestData.RegistryHeader + "\n" + TestData.RegistryRow(TestData.CreditCode()));
        Assert.False((bool)upper["duplicateBatch"]!);
        Assert.False((bool)lower["duplicateBatch"]!);
        Assert.Equal(1, (int)lower["accepted"]!);
    }

    [Fact]
    public async Task A_newer_registry_batch_refreshes_a_registered_enterprises_profile()
    {
        var enterprise = await app.NewEnterpriseAsync();
        await app.ImportRegistryAsync(TestData.RegistryRow(enterprise.CreditCode, name: "定州市新名称养殖有限公司", type: "Company", industry: "A03",
            division: "130682103203"));
        var me = await (await enterprise.Client.GetAsync("/api/enterprises/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("定州市新名称养殖有限公司", (string)me["name"]!);
        Assert.Equal("130682103203", (string)me["divisionCode"]!);
        Assert.Equal("13812345678", (string)me["phone"]!);
    }

    [Fact]
    public async Task Registration_is_prefilled_from_the_registry()
    {
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code, name: "定州市牛牛养殖专业合作社", capital: "1234567.89"));
        var userName = TestData.UserName("niu");
        var created = await (await RegisterAsync(code, "15031234567", userName)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(code, (string)created["creditCode"]!);
        Assert.Equal("定州市牛牛养殖专业合作社", (string)created["name"]!);
        Assert.Equal("Cooperative", (string)created["type"]!);
        Assert.Equal("2015-03-10", (string)created["establishedOn"]!);
        Assert.Equal(1234567.89m, (decimal)created["registeredCapital"]!);
        Assert.Equal("A03", (string)created["industry"]!);

        var client = await app.ClientAsync(userName, Scenarios.Password);
        var me = await (await client.GetAsync("/api/enterprises/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((string)created["id"]!, (string)me["id"]!);
        Assert.Equal("张三", (string)me["legalRepresentative"]!);
    }

    [Fact]
    public async Task Registration_refuses_unknown_duplicate_and_malformed_input()
    {
        await (await RegisterAsync(TestData.CreditCode())).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        var enterprise = await app.NewEnterpriseAsync();
        await (await RegisterAsync(enterprise.CreditCode)).ReadJsonAsync(HttpStatusCode.Conflict);

        var code = TestData.CreditCode();
        var wrongCheck = code[..17] + (code[17] == 'A' ? 'B' : 'A');
        var bad = await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = wrongCheck, phone = "12345", userName = "x", password = "short" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = bad["errors"]!.AsObject();
        Assert.Contains("check character", errors["creditCode"]![0]!.ToString());
        Assert.True(errors.ContainsKey("phone"));
        Assert.True(errors.ContainsKey("userName"));
        Assert.True(errors.ContainsKey("password"));

        // a taken user name is a conflict and leaves no half-registered enterprise behind
        var fresh = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(fresh));
        var taken = TestData.UserName("taken");
        await (await RegisterAsync(fresh, userName: taken)).ReadJsonAsync(HttpStatusCode.Created);
        var another = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(another));
        await (await RegisterAsync(another, userName: taken)).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await RegisterAsync(another)).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_registry_name_is_shown_before_registering_and_refusals_carry_their_code()
    {
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code, name: "定州市牛牛养殖专业合作社", division: "130682101200"));
        var anonymous = app.CreateClient();
        var preview = await (await anonymous.GetAsync($"/api/enterprises/register/preview?creditCode={code}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("定州市牛牛养殖专业合作社", (string)preview["name"]!);
        Assert.Equal("Cooperative", (string)preview["type"]!);
        Assert.Equal("130682101", (string)preview["townshipCode"]!);
        Assert.False(string.IsNullOrEmpty((string?)preview["townshipName"]));
        Assert.False(preview.ContainsKey("legalRepresentative"));       // only what the public registry shows anyone
        Assert.False(preview.ContainsKey("phone"));

        // an unknown code: 422 naming the field, with its code for the portal's text; a malformed one: 400
        var unknown = TestData.CreditCode();
        var refused = await (await anonymous.GetAsync($"/api/enterprises/register/preview?creditCode={unknown}")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("RegistryUnknown", (string)refused["code"]!);
        Assert.Equal(unknown, (string)refused["values"]![0]!);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("creditCode"));
        var malformed = await (await anonymous.GetAsync("/api/enterprises/register/preview?creditCode=123")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(malformed["errors"]!.AsObject().ContainsKey("creditCode"));
        await (await anonymous.GetAsync("/api/enterprises/register/preview")).ReadJsonAsync(HttpStatusCode.BadRequest);

        // registered: the preview and the registration both say so, coded
        await (await RegisterAsync(code)).ReadJsonAsync(HttpStatusCode.Created);
        var again = await (await anonymous.GetAsync($"/api/enterprises/register/preview?creditCode={code}")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyRegistered", (string)again["code"]!);
        Assert.Equal("AlreadyRegistered", (string)(await (await RegisterAsync(code)).ReadJsonAsync(HttpStatusCode.Conflict))["code"]!);

        // a common password is refused naming the field (the policy's own check)
        var other = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(other));
        var weak = await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = other, phone = "13812345678", userName = TestData.UserName("w"), password = "1234567890" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(weak["errors"]!.AsObject().ContainsKey("password"));
    }

    [Fact]
    public async Task Two_simultaneous_registrations_of_one_enterprise_yield_one_account()
    {
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code));
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RegisterAsync(code)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Banks_are_onboarded_once_per_credit_code_and_keep_their_settings()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            bureau.PostAsJsonAsync("/api/banks", new { name = "河北银行定州支行", creditCode = code })));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var bank = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Active", (string)bank["status"]!);
        Assert.Equal("河北银行定州支行", (string)bank["name"]!);

        var setup = await app.NewBankAsync();
        var defaults = await (await setup.Officer.GetAsync($"/api/banks/{setup.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2000m, (decimal)defaults["withdrawalLimitPerDay"]!);
        Assert.Null(defaults["makerCheckerThreshold"]);

        var put = await (await setup.Officer.PutAsJsonAsync($"/api/banks/{setup.BankId}/settings", new
        {
            makerCheckerThreshold = 200000.00m,
            withdrawalLimitPerDay = 1500m,
            withdrawalLimitPerTransaction = 1000m,
            commissions = new Dictionary<string, decimal> { ["CashDeposit"] = 0.5m, ["CashWithdrawal"] = 1.2m },
        })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(200000m, (decimal)put["makerCheckerThreshold"]!);
        var read = await (await bureau.GetAsync($"/api/banks/{setup.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1.2m, (decimal)read["commissions"]!["CashWithdrawal"]!);
        Assert.Equal(1000m, (decimal)read["withdrawalLimitPerTransaction"]!);

        var bad = await (await setup.Officer.PutAsJsonAsync($"/api/banks/{setup.BankId}/settings", new
        {
            withdrawalLimitPerDay = 1000m,
            withdrawalLimitPerTransaction = 1500m,
            commissions = new Dictionary<string, decimal> { ["Teleport"] = 1m },
        })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().Count >= 1);
        var bad2 = await (await setup.Officer.PutAsJsonAsync($"/api/banks/{setup.BankId}/settings", new
        {
            withdrawalLimitPerDay = 1000m,
            withdrawalLimitPerTransaction = 1500m,
            commissions = new { },
        })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad2["errors"]!.AsObject().ContainsKey("withdrawalLimitPerTransaction"));
        var unchanged = await (await setup.Officer.GetAsync($"/api/banks/{setup.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1500m, (decimal)unchanged["withdrawalLimitPerDay"]!);

        await (await bureau.PutAsJsonAsync($"/api/banks/{setup.BankId}/settings", new { withdrawalLimitPerDay = 1m, withdrawalLimitPerTransaction = 1m, commissions = new { } }))
            .ReadJsonAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteCreditImportAndRegistrationTests(SqliteApp app) : CreditImportAndRegistrationTests<SqliteApp>(app);

public sealed class MariaDbCreditImportAndRegistrationTests(MariaDbApp app) : CreditImportAndRegistrationTests<MariaDbApp>(app);
