using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The rest of the counter in a browser: a reversal, a need and an application for a delegating enterprise, the job board.</summary>
public sealed class StationPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task An_agent_reverses_a_posting_acts_for_a_delegating_enterprise_and_shows_local_jobs()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "帮办养殖贷");
        var station = await app.NewStationAsync(bank.BankId, "翟村服务站", "130682101200");
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        var enterprise = await app.NewEnterpriseAsync();
        (await enterprise.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = station.StationId })).EnsureSuccessStatusCode();
        (await enterprise.Client.PostAsJsonAsync("/api/jobs", new { title = "养殖场饲养员", divisionCode = "130682101200", salary = "4000元/月", description = "包吃住" }))
            .EnsureSuccessStatusCode();
        var page = await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");

        // a deposit, then its reversal (冲正) from today's list: the cash and the balance are back where they were
        await page.FillAsync("form[data-test=cash-Replenish] input[name='Cash.Amount']", "1000");
        await page.ClickAsync("form[data-test=cash-Replenish] button[type=submit]");
        await page.WaitForURLAsync("**/station?receipt=**");
        await page.SelectOptionAsync("select[name='Service.Type']", "CashDeposit");
        await page.FillAsync("input[name='Service.AccountNo']", account);
        await page.FillAsync("input[name='Service.Amount']", "500");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        Assert.Contains("1,500.00", await page.InnerTextAsync("[data-test=cash]"));
        var deposit = page.Locator("[data-test=today] tbody tr", new() { HasText = "存款" });
        await deposit.Locator("[data-test=reverse]").ClickAsync();
        await page.ClickAsync("[data-test=confirm-reverse] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        Assert.Contains("冲正", await page.InnerTextAsync("[data-test=receipt]"));
        Assert.Contains("1,000.00", await page.InnerTextAsync("[data-test=cash]"));
        Assert.Equal(3, await page.Locator("[data-test=today] tbody tr").CountAsync());
        var reversed = page.Locator("[data-test=today] tbody tr", new() { HasText = "存款" });      // reversed once only: no 冲正 on it any more
        Assert.Equal(0, await reversed.Locator("[data-test=reverse]").CountAsync());
        Assert.Contains("已冲正", await reversed.InnerTextAsync());
        await PortalBrowser.ScreenshotAsync(page, "station-reversal");

        // 帮办: a need for the enterprise, its matches, an application in its name
        await page.ClickAsync("[data-test=nav-assist]");
        await page.WaitForURLAsync("**/station/assist");
        Assert.Contains("定州市牛牛养殖专业合作社", await page.InnerTextAsync("[data-test=delegators]"));
        await page.SelectOptionAsync("select[name='Need.EnterpriseId']", enterprise.EnterpriseId.ToString());
        await page.FillAsync("input[name='Need.Amount']", "60000");
        await page.FillAsync("input[name='Need.Term']", "12");
        await page.FillAsync("input[name='Need.Purpose']", "购买饲料");
        await page.ClickAsync("form[data-test=assist-need] button[type=submit]");
        await page.WaitForURLAsync("**/station/assist?need=**");
        await page.Locator($"[data-test=match][data-product='{product["id"]}'] [data-test=apply]").ClickAsync();
        await page.WaitForURLAsync("**applied=1");
        Assert.Contains("待受理", await page.InnerTextAsync("[data-test=applications]"));
        await PortalBrowser.ScreenshotAsync(page, "station-assist");
        var mine = await (await enterprise.Client.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(60_000m, (decimal)mine["items"]![0]!["amount"]!);                            // in the enterprise's name

        // the job board of the station's township
        await page.ClickAsync("[data-test=nav-jobs]");
        await page.WaitForURLAsync("**/jobs");
        Assert.Equal("130682101", await page.InputValueAsync("input[name=division]"));
        Assert.Contains("养殖场饲养员", await page.InnerTextAsync("[data-test=jobs]"));
        Assert.Contains("4000元/月", await page.InnerTextAsync("[data-test=jobs]"));
        await PortalBrowser.ScreenshotAsync(page, "jobs");

        // the counter on a tablet held upright: one column, nothing wider than the screen
        await page.SetViewportSizeAsync(768, 1024);
        await page.GotoAsync(portal.BaseUrl + "/station");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the counter scrolls sideways on a tablet");
        // today's list as cards that fit, each link and button in it a touch target of 44 px or more (issue 18)
        Assert.True(await page.EvaluateAsync<bool>("(() => { const t = document.querySelector('[data-test=today]'); return t.scrollWidth <= t.clientWidth + 1; })()"),
            "today's list is wider than its box on a tablet");
        await PortalBrowser.AssertTouchTargetsAsync(page, "[data-test=today]");
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "station-counter-tablet");
    }
}
