using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>双人复核 in the browser: an approval above the bank's threshold waits for a second officer; the proposer cannot confirm it.</summary>
public sealed class MakerCheckerTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_large_approval_waits_for_a_second_officer()
    {
        var app = portal.App;
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("定州农商银行");
        (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings",
            new { makerCheckerThreshold = 100_000m, withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m, commissions = new { } })).EnsureSuccessStatusCode();
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var name = TestData.UserName("officer");
            (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName = name, password = Scenarios.Password, displayName = "信贷员" }))
                .EnsureSuccessStatusCode();
            names.Add(name);
        }
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 300_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{application["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);

        async Task<(IPage Page, ILocator Row)> SignIn(string name)
        {
            var page = await portal.NewPageAsync();
            await page.GotoAsync(portal.BaseUrl + "/login");
            await page.FillAsync("input[name='Input.UserName']", name);
            await page.FillAsync("input[name='Input.Password']", Scenarios.Password);
            await page.ClickAsync("section.portal-login button[type=submit]");
            await page.WaitForURLAsync("**/bank/inbox");
            return (page, page.Locator($"[data-test=application][data-id='{application["id"]}']"));
        }

        var (maker, makerRow) = await SignIn(names[0]);
        await makerRow.Locator("input[name='Act.Rate']").FillAsync("4.35");
        await makerRow.Locator("[data-test=approve]").ClickAsync();
        await maker.WaitForURLAsync("**/bank/inbox?done=approve");
        Assert.Contains("待复核", await makerRow.InnerTextAsync());
        await makerRow.Locator("[data-test=confirm]").ClickAsync();            // the maker may not check their own approval
        Assert.Contains("双人复核", await maker.InnerTextAsync("[data-test=message]"));

        var (checker, checkerRow) = await SignIn(names[1]);
        await checkerRow.Locator("[data-test=confirm]").ClickAsync();
        await checker.WaitForURLAsync("**/bank/inbox?done=confirm");
        Assert.Contains("已批准", await checkerRow.InnerTextAsync());
        await PortalBrowser.ScreenshotAsync(checker, "bank-maker-checker");
    }
}
