using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>Signing in to the portal with the API's users, role pages behind it, and the cookie never opening the API.</summary>
public sealed class SignInTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    /// <summary>The accessibility check every page test ends with finds what it is there to find.</summary>
    [Fact]
    public async Task The_accessibility_check_fails_a_page_with_a_nameless_button_and_an_image_without_text()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/login");
        await PortalBrowser.AssertAccessibleAsync(page);
        await page.EvaluateAsync("() => { const main = document.querySelector('main'); main.append(document.createElement('button')); " +
                                 "const img = document.createElement('img'); img.src = '/favicon.ico'; main.append(img); }");
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => PortalBrowser.AssertAccessibleAsync(page));
        Assert.Contains("critical button-name", failure.Message);
        Assert.Contains("critical image-alt", failure.Message);
    }

    [Fact]
    public async Task A_bank_officer_signs_in_sees_the_inbox_by_deadline_and_signs_out()
    {
        var app = portal.App;
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("定州农商银行");
        var userName = TestData.UserName("officer");
        (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 120_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);

        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await page.WaitForURLAsync("**/login?ReturnUrl=%2Fbank%2Finbox");    // not signed in: to the sign-in page, then back
        await PortalBrowser.ScreenshotAsync(page, "login");
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", "wrong-password-1");
        await page.ClickAsync("section.portal-login button[type=submit]");
        Assert.Equal("用户名或密码不正确。", (await page.InnerTextAsync("[role=alert]")).Trim());

        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", Scenarios.Password);
        await page.ClickAsync("section.portal-login button[type=submit]");
        await page.WaitForURLAsync("**/bank/inbox");
        Assert.Equal("贷款申请受理", await page.InnerTextAsync("h1"));
        Assert.Contains("银行", await page.InnerTextAsync("[data-test=user]"));
        var row = page.Locator($"[data-test=application][data-id='{application["id"]}']");
        Assert.Contains("待受理", await row.InnerTextAsync());
        Assert.Contains("120,000.00", await row.InnerTextAsync());
        Assert.StartsWith("剩余", (await row.Locator("[data-test=countdown]").InnerTextAsync()).Trim());
        await PortalBrowser.ScreenshotAsync(page, "signin-inbox");

        // the row opens the application's own page, where the work is done (BankApplicationTests)
        await row.Locator("[data-test=open]").ClickAsync();
        await page.WaitForURLAsync($"**/bank/applications/{application["id"]}");
        await page.WaitForSelectorAsync("[data-test=applicant]");         // the URL changes before an enhanced navigation's page is in
        Assert.Contains("的贷款申请", await page.InnerTextAsync("h1"));
        Assert.Equal("待受理", (await page.InnerTextAsync("[data-test=status]")).Trim());

        // the portal's cookie does not open the API: that takes a bearer token
        var api = await page.APIRequest.GetAsync(portal.BaseUrl + "/api/applications");
        Assert.Equal(401, api.Status);

        await page.ClickAsync("[data-test=logout]");
        await page.WaitForURLAsync(portal.BaseUrl + "/");
        Assert.Equal(1, await page.Locator("[data-test=login]").CountAsync());
        await page.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await page.WaitForURLAsync("**/login?ReturnUrl=%2Fbank%2Finbox");
    }

    [Fact]
    public async Task Another_role_is_turned_away_from_a_bank_page()
    {
        var app = portal.App;
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code));
        var userName = TestData.UserName("ent");
        (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register", new { creditCode = code, phone = "13812345678", userName, password = Scenarios.Password }))
            .EnsureSuccessStatusCode();
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/login");
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", Scenarios.Password);
        await page.ClickAsync("section.portal-login button[type=submit]");
        await page.WaitForURLAsync("**/products");                         // an enterprise starts at the product supermarket
        Assert.Equal(0, await page.Locator("[data-test=nav-inbox]").CountAsync());
        await page.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await page.WaitForURLAsync("**/denied**");
        Assert.Equal("无权访问", await page.InnerTextAsync("h1"));
    }
}
