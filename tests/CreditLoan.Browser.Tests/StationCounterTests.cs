using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The station counter in a browser: a deposit, a withdrawal, a double-submitted form that posts once, the end of day.</summary>
public sealed class StationCounterTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task An_agent_serves_villagers_and_settles_and_a_double_submit_posts_once()
    {
        await PortalBrowser.OnOneChinaDayAsync();   // the business date it settles is today's to the end
        var app = portal.App;
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "翟村服务站", villageCode = "130682101200", partnerBankId = bank.BankId, cashFloatLimit = 50_000m })).ReadJsonAsync(HttpStatusCode.Created);
        var agentName = TestData.UserName("agent");
        (await bureau.PostAsJsonAsync($"/api/stations/{station["id"]}/users", new { userName = agentName, password = Scenarios.Password, displayName = "代办员" }))
            .EnsureSuccessStatusCode();
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;

        var page = await portal.SignedInPageAsync(agentName, Scenarios.Password, "**/station");                          // an agent starts at the counter

        async Task Serve(string type, decimal amount)
        {
            await page.SelectOptionAsync("select[name='Service.Type']", type);
            await page.FillAsync("input[name='Service.AccountNo']", account);
            await page.FillAsync("input[name='Service.Amount']", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.ClickAsync("form[data-test=service] button[type=submit]");
            await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");      // the holder and amount checked first
            await page.WaitForURLAsync("**/station?receipt=**");
        }
        // cash from the bank first (领现), then the villagers
        await page.FillAsync("form[data-test=cash-Replenish] input[name='Cash.Amount']", "1000");
        await page.ClickAsync("form[data-test=cash-Replenish] button[type=submit]");
        await page.WaitForURLAsync("**/station?receipt=**");
        Assert.Contains("1,000.00", await page.InnerTextAsync("[data-test=cash]"));
        await Serve("CashDeposit", 500m);
        Assert.Contains("存款", await page.InnerTextAsync("[data-test=receipt]"));
        await Serve("CashWithdrawal", 200m);
        Assert.Contains("300.00", await page.InnerTextAsync("[data-test=receipt]"));   // the balance after the withdrawal
        await PortalBrowser.ScreenshotAsync(page, "station-counter");
        // the printable receipt, for the counter's 58 mm printer
        var print = await page.Context.NewPageAsync();
        await print.GotoAsync(portal.BaseUrl + await page.GetAttributeAsync("[data-test=print]", "href"));
        Assert.Contains("回单号", await print.InnerTextAsync("body"));
        Assert.Contains("贰佰元整", await print.InnerTextAsync("body"));
        Assert.Contains("200.00", await print.InnerTextAsync("body"));
        await PortalBrowser.ScreenshotAsync(print, "station-receipt");

        // the same rendered confirmation sent twice at once (a double click on a slow line): one key, one posting
        await page.SelectOptionAsync("select[name='Service.Type']", "CashDeposit");
        await page.FillAsync("input[name='Service.AccountNo']", account);
        await page.FillAsync("input[name='Service.Amount']", "100");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=confirm-service]");
        var posts = 0;
        page.Request += (_, r) => { if (r.Method == "POST" && r.Url.Contains("/station")) Interlocked.Increment(ref posts); };
        var statuses = await page.EvalOnSelectorAsync<int[]>("[data-test=confirm-service] form",
            "f => Promise.all([fetch(f.action, { method: 'POST', body: new FormData(f) }), fetch(f.action, { method: 'POST', body: new FormData(f) })]).then(rs => rs.map(r => r.status))");
        Assert.All(statuses, s => Assert.Equal(200, s));
        await page.GotoAsync(portal.BaseUrl + "/station");     // (a reload would send the confirmation's form again)
        var day = await (await bank.Officer.GetAsync($"/api/stations/{station["id"]}/transactions?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(posts == 2, $"the browser sent the form {posts} time(s)");
        Assert.Equal(4, (int)day["total"]!);                                    // the replenishment and three services
        Assert.Contains("1,400.00", await page.InnerTextAsync("[data-test=cash]"));

        // a refusal shows the rule in Chinese next to the amount, with what was typed, nothing posted
        await Serve2(page, account);
        Assert.Equal("取款金额至少 10 元，且须为 10 的整数倍，请重新填写。", (await page.InnerTextAsync("[data-field=amount]")).Trim());
        await PortalBrowser.AssertChineseAsync(page);
        Assert.Equal("15", await page.InputValueAsync("input[name='Service.Amount']"));
        Assert.Equal(account, await page.InputValueAsync("input[name='Service.AccountNo']"));

        // end of day: the counter asks first, with the expected and counted cash and the difference; nothing is closed yet
        await page.FillAsync("input[name='Settle.Counted']", "1390");
        await page.ClickAsync("form[data-test=settle] button[type=submit]");
        var confirm = await page.InnerTextAsync("[data-test=confirm-settle]");
        Assert.Contains("1,400.00", confirm);
        Assert.Contains("1,390.00", confirm);
        Assert.Contains("-10.00", confirm);
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "station-confirm-settle");
        var before = await (await bank.Officer.GetAsync($"/api/stations/{station["id"]}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)before["open"]!);
        // confirmed: the settlement report of the day, and the counter closed until the next China day
        await page.ClickAsync("[data-test=confirm-settle] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-test=settlement]");
        Assert.Equal("1,400.00", (await page.InnerTextAsync("[data-test=expected]")).Trim());
        Assert.Contains("-10.00", await page.InnerTextAsync("[data-test=difference]"));
        Assert.Contains("短款", await page.InnerTextAsync("[data-test=difference]"));
        Assert.Contains("4", await page.InnerTextAsync("[data-test=settlement]"));
        Assert.True(await page.IsVisibleAsync("[data-test=closed]"));
        Assert.Equal(0, await page.Locator("form[data-test=service]").CountAsync());
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "station-settled");
        var after = await (await bank.Officer.GetAsync($"/api/stations/{station["id"]}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)after["open"]!);
    }

    [Fact]
    public async Task On_a_phone_the_agent_confirms_the_end_of_day_and_cancelling_closes_nothing()
    {
        await PortalBrowser.OnOneChinaDayAsync();   // the business date it settles is today's to the end
        var app = portal.App;
        var bank = await app.NewBankAsync("河北银行");
        var station = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        var page = await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station");
        await page.FillAsync("form[data-test=cash-Replenish] input[name='Cash.Amount']", "800");
        await page.ClickAsync("form[data-test=cash-Replenish] button[type=submit]");
        await page.WaitForURLAsync("**/station?receipt=**");
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);

        await page.FillAsync("input[name='Settle.Counted']", "800");
        await page.ClickAsync("form[data-test=settle] button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=confirm-settle]");
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "station-confirm-settle-phone");
        await page.ClickAsync("[data-test=confirm-settle] a");      // 取消
        await page.WaitForSelectorAsync("form[data-test=settle]");
        var cash = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)cash["open"]!);

        await page.FillAsync("input[name='Settle.Counted']", "800");
        await page.ClickAsync("form[data-test=settle] button[type=submit]");
        await page.ClickAsync("[data-test=confirm-settle] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-test=settlement]");
        Assert.Contains("账实相符", await page.InnerTextAsync("[data-test=difference]"));
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "station-settled-phone");
    }

    private static async Task Serve2(IPage page, string account)
    {
        await page.SelectOptionAsync("select[name='Service.Type']", "CashWithdrawal");
        await page.FillAsync("input[name='Service.AccountNo']", account);
        await page.FillAsync("input[name='Service.Amount']", "15");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-field=amount]");
    }
}
