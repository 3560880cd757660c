using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The enterprise owner's other pages in a browser: the profile with the credit report's factors as a chart, reasons and
/// "why not" in Chinese, a field's message next to it, the application's timeline, schedule and rating, consents and
/// station delegations, and a form that survives an expired session.
/// </summary>
public sealed class EnterprisePagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    [Fact]
    public async Task An_enterprise_reads_its_credit_report_learns_why_not_follows_its_loan_and_rates_it()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "养殖贷");
        var strict = await bank.Officer.CreateProductAsync(p => { p["name"] = "抵押经营贷"; p["collateralRequired"] = true; });
        var enterprise = await app.NewEnterpriseAsync();
        var page = await portal.SignedInPageAsync(enterprise.UserName, Scenarios.Password, "**/products");

        // the profile from the registry and the credit report, each factor a bar
        await page.ClickAsync("[data-test=nav-profile]");
        await page.WaitForURLAsync("**/enterprise/profile");
        await page.WaitForSelectorAsync("[data-test=profile]");
        Assert.Equal("page", await page.GetAttributeAsync("[data-test=nav-profile]", "aria-current"));
        Assert.Null(await page.GetAttributeAsync("[data-test=nav-enterprise]", "aria-current"));   // the home is not every page's parent
        Assert.Contains("定州市牛牛养殖专业合作社", await page.InnerTextAsync("[data-test=profile]"));
        Assert.Contains(enterprise.CreditCode, await page.InnerTextAsync("[data-test=profile]"));
        Assert.Contains("农民专业合作社", await page.InnerTextAsync("[data-test=profile]"));
        Assert.Matches("^[ABCD]$", (await page.InnerTextAsync("[data-test=grade]")).Trim());
        var bars = page.Locator("[data-test=credit-report] .portal-bar");
        Assert.True(await bars.CountAsync() >= 7);
        Assert.Contains("经营年限", await page.InnerTextAsync("[data-factor='Years in business']"));
        Assert.Equal("+", (await page.InnerTextAsync("[data-factor='Years in business'] .portal-bar-value"))[..1]);   // 11 years: points gained
        Assert.Contains("2015-03-10", await page.InnerTextAsync("[data-test=factors]"));                               // the details in Chinese
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "enterprise-profile");
        // printed: the report alone, headed with whose it is and when it was printed
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync(".portal-header"));
        Assert.False(await page.IsVisibleAsync("[data-test=profile]"));
        Assert.Contains(enterprise.CreditCode, await page.InnerTextAsync("[data-test=print-heading]"));
        await PortalBrowser.ScreenshotAsync(page, "enterprise-credit-report-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // a need: an amount with three decimals is refused with the API's message next to the amount, the rest kept
        await page.ClickAsync("[data-test=nav-enterprise]");
        await page.FillAsync("input[name='Need.Amount']", "100000.555");
        await page.FillAsync("input[name='Need.Term']", "12");
        await page.FillAsync("input[name='Need.Purpose']", "购买饲料和种牛");
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        Assert.Contains("两位小数", await page.InnerTextAsync("[data-field=amount]"));
        Assert.Equal("购买饲料和种牛", await page.InputValueAsync("input[name='Need.Purpose']"));
        await page.FillAsync("input[name='Need.Amount']", "100000");
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        await page.WaitForURLAsync("**/enterprise?need=**");

        // the reasons in Chinese; "why not" for the product that asks for collateral
        var match = page.Locator($"[data-test=match][data-product='{product["id"]}']");
        var reasons = await match.Locator("[data-test=reasons] li").AllInnerTextsAsync();
        Assert.Contains("金额 100,000.00 元在产品额度 10,000.00–500,000.00 元之内", reasons);
        Assert.Contains("纯信用贷款，无需抵押", reasons);
        await page.SelectOptionAsync("[data-test=why-not] select", (string)strict["id"]!);
        await page.ClickAsync("[data-test=explain]");
        await page.WaitForURLAsync("**whynot=**");
        Assert.Contains("须提供抵押或担保，您未提供", await page.InnerTextAsync("[data-test=explanation]"));
        await PortalBrowser.ScreenshotAsync(page, "enterprise-why-not");

        // apply, then the application's page: the timeline and the deadline to accept
        await match.Locator("[data-test=apply]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=consent]");
        await page.CheckAsync("[data-test=consent]");
        await page.ClickAsync("[data-test=submit-application]");
        await page.WaitForURLAsync("**/enterprise/applications/**done=submitted");
        Assert.Contains("待受理", await page.InnerTextAsync("[data-test=status]"));
        Assert.StartsWith("剩余", (await page.InnerTextAsync("[data-test=deadline]")).Split(" · ")[1].Trim());
        Assert.Single(await page.Locator("[data-test=timeline] li").AllInnerTextsAsync());

        // the bank accepts, approves and disburses (through the API); the page shows the schedule and takes a rating
        var id = page.Url.Split('?')[0].Split('/').Last();
        foreach (var (step, body) in new (string, object?)[] { ("accept", null),
                     ("approve", new { amount = 100_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" }),
                     ("disburse", new { amount = 100_000m, disbursedOn = Today }) })
            (await bank.Officer.PostAsJsonAsync($"/api/applications/{id}/{step}", body)).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        Assert.Contains("已放款", await page.InnerTextAsync("[data-test=status]"));
        Assert.Equal(4, await page.Locator("[data-test=timeline] li").CountAsync());
        Assert.Equal(12, await page.Locator("[data-test=schedule] tbody tr").CountAsync());
        Assert.Equal("0.00", (await page.Locator("[data-test=schedule] tbody tr").Last.Locator("td").Nth(5).InnerTextAsync()).Trim());   // repaid at the end
        await PortalBrowser.ScreenshotAsync(page, "enterprise-application");
        await page.SelectOptionAsync("select[name='Rating.Score']", "4");
        await page.FillAsync("textarea[name='Rating.Comment']", "放款很快");
        var stale = await page.Context.NewPageAsync();                                         // the same form open in another tab
        await stale.GotoAsync(page.Url);
        await page.ClickAsync("form[data-test=rate] button[type=submit]");
        await page.ClickAsync("[data-test=confirm-rating] [data-test=confirm]");                  // asked once more (issue 19)
        await page.WaitForURLAsync("**done=rated*");
        Assert.Contains("满意", await page.InnerTextAsync("[data-test=rated]"));
        Assert.Equal(0, await page.Locator("form[data-test=rate]").CountAsync());              // once only
        await stale.ClickAsync("form[data-test=rate] button[type=submit]");
        Assert.Contains("已经评价过", await stale.InnerTextAsync("[data-test=message]"));
    }

    [Fact]
    public async Task An_enterprise_revokes_a_consent_and_authorises_a_station_and_a_form_survives_an_expired_session()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync();
        var station = await app.NewStationAsync(bank.BankId, "翟村服务站", "130682101200");
        var enterprise = await app.NewEnterpriseAsync();
        (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 50_000m, termMonths = 12 }))
            .EnsureSuccessStatusCode();
        await (await bank.Officer.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).ReadJsonAsync(HttpStatusCode.OK);
        var page = await portal.SignedInPageAsync(enterprise.UserName, Scenarios.Password, "**/products");

        await page.ClickAsync("[data-test=nav-consents]");
        await page.WaitForURLAsync("**/enterprise/consents");
        var consent = page.Locator("[data-test=consents] tbody tr").First;
        Assert.Contains("有效", await consent.InnerTextAsync());
        await consent.Locator("[data-test=revoke]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=confirm-revoke]");                            // asked first: nothing revoked yet
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "enterprise-consent-confirm");
        Assert.Equal(HttpStatusCode.OK, (await bank.Officer.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).StatusCode);
        await page.ClickAsync("[data-test=confirm-revoke] [data-test=confirm]");
        await page.WaitForURLAsync("**done=revoke-consent");
        Assert.Contains("已于", await page.Locator("[data-test=consents] tbody tr").First.InnerTextAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bank.Officer.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).StatusCode);

        // a station of the township, found by its code, authorised to act for the enterprise; its agent sees it at once
        await page.FillAsync("input[name=division]", "130682101");
        await page.ClickAsync("form.portal-inline button[type=submit]");
        await page.SelectOptionAsync("select[name='Grant.StationId']", station.StationId.ToString());
        await page.ClickAsync("form[data-test=delegate] button[type=submit]");
        await page.WaitForURLAsync("**done=delegate");
        Assert.Contains("翟村服务站", await page.InnerTextAsync("[data-test=delegations]"));
        await PortalBrowser.ScreenshotAsync(page, "enterprise-consents");
        var delegators = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(enterprise.EnterpriseId.ToString(), (string)delegators["items"]![0]!["enterpriseId"]!);

        // the session expires while the owner fills in a need: signing in again brings back the page with what was typed
        await page.GotoAsync(portal.BaseUrl + "/enterprise");
        await page.FillAsync("input[name='Need.Amount']", "80000");
        await page.FillAsync("input[name='Need.Term']", "24");
        await page.FillAsync("input[name='Need.Purpose']", "扩建羊舍");
        await page.SelectOptionAsync("select[name='Need.Collateral']", "Equipment");
        await page.Context.ClearCookiesAsync();
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        await page.WaitForURLAsync("**/login?ReturnUrl=%2Fenterprise");
        await PortalBrowser.SignInAsync(page, enterprise.UserName, Scenarios.Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/enterprise");
        await page.WaitForSelectorAsync("form[data-test=need][data-restored]");
        Assert.Equal("80000", await page.InputValueAsync("input[name='Need.Amount']"));
        Assert.Equal("24", await page.InputValueAsync("input[name='Need.Term']"));
        Assert.Equal("扩建羊舍", await page.InputValueAsync("input[name='Need.Purpose']"));
        Assert.Equal("Equipment", await page.InputValueAsync("select[name='Need.Collateral']"));
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        await page.WaitForURLAsync("**/enterprise?need=**");
        var needs = await (await enterprise.Client.GetAsync("/api/needs")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("扩建羊舍", (string)needs["items"]![0]!["purpose"]!);
        await page.GotoAsync(portal.BaseUrl + "/enterprise");                                    // sent: nothing is filled in again
        Assert.Equal("", await page.InputValueAsync("input[name='Need.Purpose']"));
    }
}
