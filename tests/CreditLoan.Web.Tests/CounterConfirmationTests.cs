using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// What the counter confirms before money moves (issue 18): the holder and bank of an account, only at the station's partner
/// bank and only for the station's own agents; on both databases.
/// </summary>
public abstract class CounterConfirmationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static async Task<string> OpenAccountAsync(BankSetup bank, string holder, decimal opening = 0m) =>
        (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = holder, idNumber = "11010519491231002X", openingBalance = opening })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;

    [Fact]
    public async Task The_agent_sees_the_masked_holder_and_bank_of_its_partner_banks_accounts_only()
    {
        var bank = await app.NewBankAsync("定州农商银行");
        var other = await app.NewBankAsync("河北银行");
        var station = await app.NewStationAsync(bank.BankId);
        var neighbour = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        var zhang = await OpenAccountAsync(bank, "张三华");
        var wang = await OpenAccountAsync(bank, "王五");
        var elsewhere = await OpenAccountAsync(other, "李四");

        var found = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("张*华", (string)found["maskedHolder"]!);
        Assert.Equal(zhang[..3] + new string('*', zhang.Length - 7) + zhang[^4..], (string)found["maskedNumber"]!);
        Assert.Equal("定州农商银行", (string)found["bankName"]!);
        Assert.DoesNotContain(zhang, found.ToJsonString());
        var two = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number=%20{wang}%20")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("王*", (string)two["maskedHolder"]!);

        // another bank's account and an unknown number: not found, alike (the ledger's own accounts have numbers longer than 40: 400)
        foreach (var number in new[] { elsewhere, "6200000000000000" })
            Assert.Equal(HttpStatusCode.NotFound, (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={Uri.EscapeDataString(number)}")).StatusCode);
        // another station's agent (same bank) asks through this station: 404; the bank itself does not use the counter: 403
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).StatusCode);
        // no number: 400 naming it
        var missing = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("number"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient agent, Guid stationId, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return agent.SendAsync(request);
    }

    [Fact]
    public async Task A_receipt_names_the_bank_and_holder_and_writes_the_amount_in_capitals_and_a_reversal_is_marked_on_its_original()
    {
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId);
        var zhang = await OpenAccountAsync(bank, "张三华", 5_000m);
        (await PostAsync(station.Agent, station.StationId, "cash/replenish", new { amount = 10_000m })).EnsureSuccessStatusCode();
        var deposit = await (await PostAsync(station.Agent, station.StationId, "transactions",
            new { type = "CashDeposit", accountNo = zhang, amount = 1_234.56m })).ReadJsonAsync(HttpStatusCode.Created);
        var bill = await (await PostAsync(station.Agent, station.StationId, "transactions",
            new { type = "UtilityPayment", accountNo = zhang, amount = 88.8m, billNo = "DF-2026-03-0001", payee = "定州供电公司" })).ReadJsonAsync(HttpStatusCode.Created);

        async Task<System.Text.Json.Nodes.JsonNode> Receipt(HttpClient client, string txId)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stations/{station.StationId}/transactions/{txId}/receipt");
            request.Headers.Accept.ParseAdd("application/json");
            return await (await client.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK);
        }
        var r = await Receipt(station.Agent, (string)deposit["id"]!);
        Assert.Equal("定州农商银行", (string)r["bankName"]!);
        Assert.Equal("张*华", (string)r["holder"]!);
        Assert.Equal("壹仟贰佰叁拾肆元伍角陆分", (string)r["amountInCapitals"]!);
        Assert.Equal(6_234.56m, (decimal)r["balanceAfter"]!);
        Assert.Null(r["billNo"]);
        var b = await Receipt(bank.Officer, (string)bill["id"]!);          // the partner bank reads it too
        Assert.Equal("DF-2026-03-0001", (string)b["billNo"]!);
        Assert.Equal("定州供电公司", (string)b["payee"]!);
        Assert.Equal("捌拾捌元捌角", (string)b["amountInCapitals"]!);

        // the printable HTML carries the capitals and both signature lines
        var html = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions/{deposit["id"]}/receipt")).Content.ReadAsStringAsync();
        Assert.Contains("壹仟贰佰叁拾肆元伍角陆分", html);
        Assert.Contains("客户签名", html);
        Assert.Contains("张*华", html);

        // reversed: the original says by which receipt, the reversal which one it undoes, and the day's list marks both
        var reversal = await (await PostAsync(station.Agent, station.StationId, $"transactions/{deposit["id"]}/reverse", new { }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((string)reversal["receiptNo"]!, (string)(await Receipt(station.Agent, (string)deposit["id"]!))["reversedByReceiptNo"]!);
        Assert.Equal((string)deposit["receiptNo"]!, (string)(await Receipt(station.Agent, (string)reversal["id"]!))["reversalOfReceiptNo"]!);
        var day = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions?pageSize=50")).ReadJsonAsync(HttpStatusCode.OK);
        var items = day["items"]!.AsArray();
        Assert.Equal((string)reversal["id"]!, (string)items.Single(i => (string)i!["id"]! == (string)deposit["id"]!)!["reversedById"]!);
        Assert.Equal((string)deposit["id"]!, (string)items.Single(i => (string)i!["id"]! == (string)reversal["id"]!)!["reversalOfId"]!);
        Assert.Null(items.Single(i => (string)i!["id"]! == (string)bill["id"]!)!["reversedById"]);
    }

    [Fact]
    public async Task The_receipt_page_is_the_stations_own_agents_and_the_former_address_redirects_there()
    {
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId);
        var neighbour = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        var zhang = await OpenAccountAsync(bank, "张三华");
        (await PostAsync(station.Agent, station.StationId, "cash/replenish", new { amount = 1_000m })).EnsureSuccessStatusCode();
        var deposit = await (await PostAsync(station.Agent, station.StationId, "transactions",
            new { type = "CashDeposit", accountNo = zhang, amount = 100m })).ReadJsonAsync(HttpStatusCode.Created);

        async Task<HttpClient> Portal(string userName)
        {
            var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await Matrix.MatrixWorld.PortalSignInAsync(client, userName, Scenarios.Password);
            return client;
        }
        var own = await Portal(station.AgentUserName);
        var page = await own.GetAsync($"/station/receipts/{deposit["id"]}?paper=a4");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());     // (the page writes CJK as character references)
        foreach (var part in new[] { "壹佰元整", "张*华", "定州农商银行", "客户签名", "代办员签字", "portal-slip-a4" }) Assert.Contains(part, html);
        var former = await own.GetAsync($"/station/receipt/{deposit["id"]}");
        Assert.Equal($"/station/receipts/{deposit["id"]}", former.Headers.Location?.OriginalString);

        // another station's agent: not found, on the page and at the former address
        var other = await Portal(neighbour.AgentUserName);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/station/receipts/{deposit["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/station/receipt/{deposit["id"]}")).StatusCode);
    }
}

public sealed class SqliteCounterConfirmationTests(SqliteApp app) : CounterConfirmationTests<SqliteApp>(app);

public sealed class MariaDbCounterConfirmationTests(MariaDbApp app) : CounterConfirmationTests<MariaDbApp>(app);
