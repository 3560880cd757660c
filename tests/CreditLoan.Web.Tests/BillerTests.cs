using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The billers of utility payments (issue 18), on both databases: a bank keeps its own for its partner stations, the bureau the
/// county-wide ones; nobody reaches another bank's (404); a counter payment names its biller by id and the receipt carries the
/// biller's name and the bill number, while the free-text payee of the contract goes on working.
/// </summary>
public abstract class BillerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static async Task<JsonNode> CreateAsync(HttpClient client, string name, string category, string? hint = null) =>
        await (await client.PostAsJsonAsync("/api/billers", new { name, category, billNoHint = hint })).ReadJsonAsync(HttpStatusCode.Created);

    private static async Task<List<string>> NamesAsync(HttpClient client, string query = "")
    {
        var list = await (await client.GetAsync($"/api/billers?pageSize=200{query}")).ReadJsonAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Select(b => (string)b!["name"]!).ToList();
    }

    [Fact]
    public async Task A_bank_keeps_its_billers_the_bureau_the_county_wide_ones_and_another_bank_never_reaches_them()
    {
        var bureau = await app.BureauAsync();
        var a = await app.NewBankAsync("定州农商银行");
        var b = await app.NewBankAsync("河北银行");
        var stationA = await app.NewStationAsync(a.BankId);
        var stationB = await app.NewStationAsync(b.BankId, "东亭村服务站", "130682105200");
        var suffix = Guid.NewGuid().ToString("N")[..6];

        var water = await CreateAsync(a.Officer, $"定州供水{suffix}", "Water", "户号为 10 位数字");
        Assert.Equal(a.BankId.ToString(), (string)water["bankId"]!);
        Assert.Equal("定州农商银行", (string)water["bankName"]!);
        Assert.Equal("户号为 10 位数字", (string)water["billNoHint"]!);
        Assert.True((bool)water["active"]!);
        var power = await CreateAsync(bureau, $"国网定州供电{suffix}", "Electricity");
        Assert.Null(power["bankId"]);
        var other = await CreateAsync(b.Officer, $"河北水务{suffix}", "Water");
        var waterPath = $"/api/billers/{water["id"]}";

        // who sees which: a bank and its stations their own and the county's; the bureau all
        foreach (var client in new[] { a.Officer, stationA.Agent })
        {
            var names = await NamesAsync(client);
            Assert.Contains($"定州供水{suffix}", names);
            Assert.Contains($"国网定州供电{suffix}", names);
            Assert.DoesNotContain($"河北水务{suffix}", names);
        }
        Assert.Contains($"河北水务{suffix}", await NamesAsync(stationB.Agent));
        Assert.DoesNotContain($"定州供水{suffix}", await NamesAsync(stationB.Agent));
        Assert.Superset(new HashSet<string> { $"定州供水{suffix}", $"国网定州供电{suffix}", $"河北水务{suffix}" }, (await NamesAsync(bureau)).ToHashSet());
        Assert.DoesNotContain($"定州供水{suffix}", await NamesAsync(a.Officer, "&category=Electricity"));
        Assert.Equal(HttpStatusCode.OK, (await stationA.Agent.GetAsync(waterPath)).StatusCode);

        // another bank's biller: 404 to read, change or retire, like one that does not exist; a county-wide one is the bureau's to change
        foreach (var client in new[] { b.Officer, stationB.Agent })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(waterPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Officer.PutAsJsonAsync(waterPath, new { name = "越权", category = "Water" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Officer.PostAsync($"{waterPath}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Officer.PutAsJsonAsync($"/api/billers/{power["id"]}", new { name = "越权", category = "Other" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Officer.GetAsync($"/api/billers/{Guid.NewGuid()}")).StatusCode);
        // agents choose billers, they do not keep them
        Assert.Equal(HttpStatusCode.Forbidden, (await stationA.Agent.PostAsJsonAsync("/api/billers", new { name = "越权", category = "Water" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stationA.Agent.PostAsync($"{waterPath}/retire", null)).StatusCode);

        // refused field by field
        var blank = await (await a.Officer.PostAsJsonAsync("/api/billers", new { name = " ", category = "Water" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(blank["errors"]!.AsObject().ContainsKey("name"));
        var category = await (await a.Officer.PostAsJsonAsync("/api/billers", new { name = "供水", category = "Gas" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(category["errors"]!.AsObject().ContainsKey("category"));
        var hint = await (await a.Officer.PostAsJsonAsync("/api/billers", new { name = "供水", category = "Water", billNoHint = new string('位', 101) }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(hint["errors"]!.AsObject().ContainsKey("billNoHint"));

        // changed by its bank and by the bureau, then retired: listed only when asked for the retired too; retired once
        var changed = await (await a.Officer.PutAsJsonAsync(waterPath, new { name = $"定州市供水公司{suffix}", category = "Water", billNoHint = "户号 8 位" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal($"定州市供水公司{suffix}", (string)changed["name"]!);
        Assert.Equal("户号 8 位", (string)changed["billNoHint"]!);
        await (await bureau.PutAsJsonAsync($"/api/billers/{other["id"]}", new { name = $"河北水务集团{suffix}", category = "Water" })).ReadJsonAsync(HttpStatusCode.OK);
        var retired = await (await a.Officer.PostAsync($"{waterPath}/retire", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)retired["active"]!);
        Assert.NotNull(retired["retiredAt"]);
        Assert.DoesNotContain($"定州市供水公司{suffix}", await NamesAsync(stationA.Agent));
        Assert.Contains($"定州市供水公司{suffix}", await NamesAsync(a.Officer, "&includeRetired=true"));
        await (await a.Officer.PostAsync($"{waterPath}/retire", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await a.Officer.PutAsJsonAsync(waterPath, new { name = "再改", category = "Water" })).ReadJsonAsync(HttpStatusCode.Conflict);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient agent, Guid stationId, string path, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await agent.SendAsync(request);
    }

    [Fact]
    public async Task A_payment_names_its_biller_by_id_and_the_receipt_carries_the_billers_name_and_the_bill_number()
    {
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("定州农商银行");
        var other = await app.NewBankAsync("河北银行");
        var station = await app.NewStationAsync(bank.BankId);
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "张三华", idNumber = "11010519491231002X", openingBalance = 1_000m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        var water = await CreateAsync(bank.Officer, "定州市供水公司", "Water", "户号为 10 位数字");
        var power = await CreateAsync(bureau, "国网定州市供电公司", "Electricity");
        var elsewhere = await CreateAsync(other.Officer, "河北水务", "Water");
        var retired = await CreateAsync(bank.Officer, "旧水厂", "Water");
        await (await bank.Officer.PostAsync($"/api/billers/{retired["id"]}/retire", null)).ReadJsonAsync(HttpStatusCode.OK);

        async Task<JsonNode> Receipt(string txId)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stations/{station.StationId}/transactions/{txId}/receipt");
            request.Headers.Accept.ParseAdd("application/json");
            return await (await station.Agent.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK);
        }
        object Payment(object? billerId, string? payee = null, string billNo = "0012345678") =>
            new { type = "UtilityPayment", accountNo = account, amount = 45.6m, billNo, payee, billerId };

        // the bank's biller and a county-wide one, chosen by id: the receipt names them, with the bill number
        var key = Guid.NewGuid().ToString("N");
        var paid = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(water["id"]!.ToString()), key)).ReadJsonAsync(HttpStatusCode.Created);
        var receipt = await Receipt((string)paid["id"]!);
        Assert.Equal("定州市供水公司", (string)receipt["payee"]!);
        Assert.Equal("0012345678", (string)receipt["billNo"]!);
        Assert.Equal("肆拾伍元陆角", (string)receipt["amountInCapitals"]!);
        var again = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(water["id"]!.ToString()), key)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((string)paid["id"]!, (string)again["id"]!);                       // the same key and body: the first answer
        var county = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(power["id"]!.ToString(), billNo: "DF-77"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("国网定州市供电公司", (string)(await Receipt((string)county["id"]!))["payee"]!);

        // the contract's free-text payee still works; without either, payee is named
        var typed = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(null, "村委会水费"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("村委会水费", (string)(await Receipt((string)typed["id"]!))["payee"]!);
        var none = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(null))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(none["errors"]!.AsObject().ContainsKey("payee"));

        // another bank's biller and an unknown id: 404 naming the biller; a retired one: 422 naming billerId; on a deposit: 400
        foreach (var id in new[] { elsewhere["id"]!.ToString(), Guid.NewGuid().ToString() })
        {
            var refused = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(id))).ReadJsonAsync(HttpStatusCode.NotFound);
            Assert.Contains("Biller", (string)refused["detail"]!);
        }
        var old = await (await PostAsync(station.Agent, station.StationId, "transactions", Payment(retired["id"]!.ToString()))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(old["errors"]!.AsObject().ContainsKey("billerId"));
        Assert.Equal("BillerRetired", (string)old["code"]!);
        var deposit = await (await PostAsync(station.Agent, station.StationId, "transactions",
            new { type = "CashDeposit", accountNo = account, amount = 10m, billerId = water["id"]!.ToString() })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(deposit["errors"]!.AsObject().ContainsKey("billerId"));

        // three payments posted, nothing for the refused ones
        var list = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions?type=UtilityPayment")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, (int)list["total"]!);
    }
}

public sealed class SqliteBillerTests(SqliteApp app) : BillerTests<SqliteApp>(app);

public sealed class MariaDbBillerTests(MariaDbApp app) : BillerTests<MariaDbApp>(app);
