using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The lists the portal's pages stand on, through the HTTP contract: the station directory, a bank's customer accounts,
/// the enterprises a station acts for, the import history, and match reasons and failed rules as codes with values.
/// </summary>
public abstract class DirectoryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    [Fact]
    public async Task The_station_directory_is_scoped_by_role_and_filtered_by_division()
    {
        var bankA = await app.NewBankAsync("甲银行");
        var bankB = await app.NewBankAsync("乙银行");
        var township = TestData.RandomTownship();
        var village = TestData.Village(township);
        var a = await app.NewStationAsync(bankA.BankId, "甲站", TestData.Village(township, 0));
        var b = await app.NewStationAsync(bankB.BankId, "乙站", TestData.Village(township, 1));
        var enterprise = await app.NewEnterpriseAsync();

        async Task<List<string>> Ids(HttpClient client, string query = "")
        {
            var page = await (await client.GetAsync($"/api/stations?pageSize=200{query}")).ReadJsonAsync(HttpStatusCode.OK);
            return page["items"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        }
        var ab = new[] { a.StationId.ToString(), b.StationId.ToString() };
        Assert.Subset(new HashSet<string>(await Ids(await app.BureauAsync())), new HashSet<string>(ab));
        Assert.Equal(ab.Order(), (await Ids(enterprise.Client, $"&division={village[..9]}")).Order());   // an enterprise chooses among all
        Assert.Equal([a.StationId.ToString()], await Ids(bankA.Officer));                       // a bank: its partner stations only
        Assert.Equal([b.StationId.ToString()], await Ids(b.Agent));                             // an agent: its own
        var bad = await (await enterprise.Client.GetAsync("/api/stations?division=12x")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("division", bad.ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/stations")).StatusCode);
    }

    [Fact]
    public async Task A_bank_lists_and_searches_its_own_customer_accounts_and_never_another_banks()
    {
        var bank = await app.NewBankAsync();
        var other = await app.NewBankAsync("另一家银行");
        foreach (var holder in new[] { "王大爷", "李大娘" })
            (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts", new { holderName = holder, idNumber = "11010519491231002X", openingBalance = 100m }))
                .EnsureSuccessStatusCode();

        var all = await (await bank.Officer.GetAsync($"/api/banks/{bank.BankId}/accounts")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)all["total"]!);
        Assert.Equal(["李大娘", "王大爷"], all["items"]!.AsArray().Select(x => (string)x!["holderName"]!));   // newest first
        Assert.All(all["items"]!.AsArray(), x => Assert.Equal("110***********002X", (string)x!["idNumberMasked"]!));
        Assert.Equal(100m, (decimal)all["items"]![0]!["balance"]!);
        var found = await (await bank.Officer.GetAsync($"/api/banks/{bank.BankId}/accounts?search=王")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("王大爷", (string)found["items"]!.AsArray().Single()!["holderName"]!);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Officer.GetAsync($"/api/banks/{bank.BankId}/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewEnterpriseAsync()).Client.GetAsync($"/api/banks/{bank.BankId}/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_station_sees_the_enterprises_that_authorised_it_and_no_other_station_does()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var otherStation = await app.NewStationAsync(bank.BankId, "东村服务站", "130682101201");
        var enterprise = await app.NewEnterpriseAsync();
        (await enterprise.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = station.StationId })).EnsureSuccessStatusCode();

        var list = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK);
        var item = list["items"]!.AsArray().Single()!;
        Assert.Equal(enterprise.EnterpriseId.ToString(), (string)item["enterpriseId"]!);
        Assert.Equal("定州市牛牛养殖专业合作社", (string)item["name"]!);
        Assert.Empty((await (await otherStation.Agent.GetAsync($"/api/stations/{otherStation.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherStation.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).StatusCode);

        (await enterprise.Client.DeleteAsync($"/api/enterprises/me/delegations/{station.StationId}")).EnsureSuccessStatusCode();
        Assert.Empty((await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_import_history_lists_batches_newest_first_with_the_dataset_columns()
    {
        var bureau = await app.BureauAsync();
        var batch = "hist" + Guid.NewGuid().ToString("N")[..8];
        await bureau.ImportAsync("registry", batch, TestData.RegistryHeader + "\n" + TestData.RegistryRow(TestData.CreditCode()) + "\nnot,a,row\n");
        var imports = await (await bureau.GetAsync("/api/credit/imports?dataset=registry")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(TestData.RegistryHeader.Split(','), imports["datasets"]!["registry"]!.AsArray().Select(c => (string)c!));
        var newest = imports["batches"]!["items"]![0]!;
        Assert.Equal(batch, (string)newest["batchId"]!);
        Assert.Equal(1, (int)newest["accepted"]!);
        Assert.Equal(1, (int)newest["rejected"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync("/api/credit/imports?dataset=nope")).StatusCode);   // a bad query parameter: 400, as for every list
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewBankAsync()).Officer.GetAsync("/api/credit/imports")).StatusCode);
    }

    [Fact]
    public async Task Match_reasons_and_failed_rules_carry_codes_and_bare_values()
    {
        var bank = await app.NewBankAsync();
        var fits = await bank.Officer.CreateProductAsync(p => p["name"] = "码值贷");
        var strict = await bank.Officer.CreateProductAsync(p => { p["name"] = "严格贷"; p["minGrade"] = "A"; p["collateralRequired"] = true; });
        var enterprise = await app.NewEnterpriseAsync();
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs",
            new { amount = 100_000m, termMonths = 12, purpose = "饲料", collateral = "None", maxAnnualRate = 6m })).ReadJsonAsync(HttpStatusCode.Created);

        var matches = await (await enterprise.Client.GetAsync($"/api/needs/{need["id"]}/matches")).ReadJsonAsync(HttpStatusCode.OK);
        var match = matches["items"]!.AsArray().Single(m => (string)m!["productId"]! == (string)fits["id"]!)!;
        var details = match["reasonDetails"]!.AsArray();
        Assert.Equal(match["reasons"]!.AsArray().Count, details.Count);          // one code per English reason
        var amount = details.Single(d => (string)d!["code"]! == "amount")!;
        Assert.Equal(["100000.00", "10000.00", "500000.00"], amount["values"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["3.85", "6"], details.Single(d => (string)d!["code"]! == "rateWithin")!["values"]!.AsArray().Select(v => (string)v!));
        Assert.Contains(details, d => (string)d!["code"]! == "noCollateral");

        var why = await (await enterprise.Client.GetAsync($"/api/needs/{need["id"]}/matches/{strict["id"]}/explain")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)why["matches"]!);
        var grade = why["failedRules"]!.AsArray().Single(r => (string)r!["rule"]! == "grade")!;
        Assert.Equal("A", (string)grade["values"]![0]!);
        Assert.Contains(why["failedRules"]!.AsArray(), r => (string)r!["rule"]! == "collateral");
    }
}

public sealed class SqliteDirectoryTests(SqliteApp app) : DirectoryTests<SqliteApp>(app);

public sealed class MariaDbDirectoryTests(MariaDbApp app) : DirectoryTests<MariaDbApp>(app);
