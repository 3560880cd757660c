using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>An enterprise owner posts a need, sees the matching products with their materials, and applies — in a browser.</summary>
public sealed class EnterpriseJourneyTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task An_enterprise_posts_a_need_sees_its_matches_and_applies()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "养殖贷");
        var enterprise = await app.NewEnterpriseAsync();

        var page = await portal.SignedInPageAsync(enterprise.UserName, Scenarios.Password, "**/products");
        await page.ClickAsync("[data-test=nav-enterprise]");
        await page.WaitForURLAsync("**/enterprise");

        await page.FillAsync("input[name='Need.Amount']", "100000");
        await page.FillAsync("input[name='Need.Term']", "12");
        await page.FillAsync("input[name='Need.Purpose']", "购买饲料和种牛");
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        await page.WaitForURLAsync("**/enterprise?need=**");
        var match = page.Locator($"[data-test=match][data-product='{product["id"]}']");
        Assert.Equal(1, await match.CountAsync());
        Assert.Contains("养殖贷", await match.InnerTextAsync());
        Assert.Equal(["营业执照", "法人身份证", "近一年银行流水"], await match.Locator("[data-test=materials] li").AllInnerTextsAsync()); // before applying
        await PortalBrowser.ScreenshotAsync(page, "enterprise-matches");

        await match.Locator("[data-test=apply]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=consent]");
        await page.CheckAsync("[data-test=consent]");
        await page.ClickAsync("[data-test=submit-application]");
        await page.WaitForURLAsync("**/enterprise/applications/**done=submitted");
        await page.ClickAsync("[data-test=nav-enterprise]");
        await page.WaitForURLAsync("**/enterprise");
        var rows = page.Locator("[data-test=applications] tbody tr");
        await rows.First.WaitForAsync();
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("待受理", await rows.First.InnerTextAsync());
        await PortalBrowser.ScreenshotAsync(page, "enterprise-applied");

        // the bank sees it in its inbox through the API: the portal used the same command
        var inbox = await (await bank.Officer.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(inbox["items"]!.AsArray(), a => (decimal)a!["amount"]! == 100_000m && (string)a["productId"]! == (string)product["id"]!);
    }
}
