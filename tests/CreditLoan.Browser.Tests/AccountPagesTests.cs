using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The account lifecycle in the portal (issue 15): a bank's administrator creates an officer, resets its password (the
/// officer must choose a new one before anything else) and disables it (its open page is signed out at once); the bureau
/// suspends and reinstates a bank on a phone; signing out ends the cookie for good; nothing personal stays in the tab.
/// </summary>
public sealed class AccountPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private async Task<(BankSetup Bank, string UserName)> AdministratorAsync(string bankName = "定州农商银行")
    {
        var bank = await portal.App.NewBankAsync(bankName);
        var userName = TestData.UserName("admin");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = Scenarios.Password, displayName = "行管理员", role = "BankAdmin" })).EnsureSuccessStatusCode();
        return (bank, userName);
    }

    [Fact]
    public async Task An_administrator_creates_an_officer_resets_its_password_and_disables_it()
    {
        var (_, adminName) = await AdministratorAsync();
        var admin = await portal.SignedInPageAsync(adminName, Scenarios.Password, "**/bank/inbox");
        await admin.ClickAsync("[data-test=nav-accounts-admin]");
        await admin.WaitForURLAsync("**/accounts");

        var officerName = TestData.UserName("officer");
        await admin.FillAsync("input[name='Officer.UserName']", officerName);
        await admin.FillAsync("input[name='Officer.DisplayName']", "信贷员小李");
        await admin.FillAsync("input[name='Officer.Password']", "password123");     // too short and too common: refused
        await admin.ClickAsync("form[data-test=new-officer] button[type=submit]");
        Assert.NotEmpty(await admin.InnerTextAsync("[data-field=password]"));
        await admin.FillAsync("input[name='Officer.Password']", Scenarios.Password);
        await admin.ClickAsync("form[data-test=new-officer] button[type=submit]");
        await admin.WaitForURLAsync("**/accounts?done=officer**");
        var row = admin.Locator($"tr[data-user='{officerName}']");
        Assert.Contains("信贷员", await row.InnerTextAsync());
        Assert.Equal(0, await admin.Locator($"tr[data-user='{adminName}'] [data-test=disable]").CountAsync());   // never oneself

        // the officer at work; the administrator resets its password: asked first, then shown once
        var officer = await portal.SignedInPageAsync(officerName, Scenarios.Password, "**/bank/inbox");
        await row.Locator("[data-test=reset]").ClickAsync();
        await admin.WaitForSelectorAsync("[data-test=confirm-panel]");
        Assert.Contains(officerName, await admin.InnerTextAsync("[data-test=confirm-panel]"));
        await PortalBrowser.AssertChineseAsync(admin);
        await PortalBrowser.AssertAccessibleAsync(admin);
        await admin.ClickAsync("[data-test=confirm]");
        var temporary = (await admin.InnerTextAsync("[data-test=temporary-password] [data-test=secret]")).Trim();
        Assert.True(temporary.Length >= 10, temporary);
        Assert.DoesNotContain(temporary, admin.Url);
        await PortalBrowser.ScreenshotAsync(admin, "accounts-reset");

        // the officer's open page is signed out; with the temporary password it can only choose a new one
        await officer.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await officer.WaitForURLAsync("**/login**");
        await PortalBrowser.SignInAsync(officer, officerName, temporary);
        await officer.WaitForURLAsync("**/account/password?first=true**");
        Assert.True(await officer.IsVisibleAsync("[data-test=must-change]"));
        await officer.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await officer.WaitForURLAsync("**/account/password**");                 // nothing else until it is changed
        await officer.FillAsync("input[name='Input.CurrentPassword']", temporary);
        await officer.FillAsync("input[name='Input.NewPassword']", "Lvdi-Feed-2027");
        await officer.FillAsync("input[name='Input.RepeatPassword']", "Lvdi-Feed-2027");
        await PortalBrowser.AssertChineseAsync(officer);
        await PortalBrowser.AssertAccessibleAsync(officer);
        await officer.ClickAsync("form[data-test=change-password] [data-test=save]");
        await officer.WaitForURLAsync("**/bank/inbox");
        var api = await portal.App.ClientAsync(officerName, "Lvdi-Feed-2027");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/applications")).StatusCode);

        // disabled: the open page is signed out at once and signing in says why
        await admin.GotoAsync(portal.BaseUrl + "/accounts");
        await admin.Locator($"tr[data-user='{officerName}'] [data-test=disable]").ClickAsync();
        await admin.ClickAsync("[data-test=confirm]");
        await admin.WaitForURLAsync("**/accounts?done=disable");
        Assert.Contains("已停用", await admin.InnerTextAsync($"tr[data-user='{officerName}']"));
        await officer.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await officer.WaitForURLAsync("**/login**");
        await PortalBrowser.SignInAsync(officer, officerName, "Lvdi-Feed-2027");
        await officer.WaitForSelectorAsync("section.portal-login .portal-error");
        Assert.Contains("已被停用", await officer.InnerTextAsync("section.portal-login .portal-error"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/applications")).StatusCode);
        await PortalBrowser.ScreenshotAsync(admin, "accounts");
    }

    [Fact]
    public async Task The_bureau_suspends_and_reinstates_a_bank_on_a_phone()
    {
        var (bank, adminName) = await AdministratorAsync("定州建行");
        var bureau = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await bureau.GotoAsync(portal.BaseUrl + $"/accounts?bankId={bank.BankId}");
        Assert.Contains(adminName, await bureau.InnerTextAsync("[data-test=users]"));
        await bureau.ClickAsync("[data-test=bank-action]");
        await bureau.WaitForSelectorAsync("[data-test=confirm-panel]");
        await PortalBrowser.AssertNoSidewaysScrollAsync(bureau);
        await PortalBrowser.AssertChineseAsync(bureau);
        await PortalBrowser.AssertAccessibleAsync(bureau);
        await PortalBrowser.ScreenshotAsync(bureau, "accounts-phone");
        await bureau.ClickAsync("[data-test=confirm]");
        await bureau.WaitForURLAsync("**done=suspend**");
        Assert.Contains("暂停", await bureau.InnerTextAsync("[data-test=bank-status]"));
        // the bank's people are out: its token is refused and signing in says the bank is suspended
        Assert.Equal(HttpStatusCode.Unauthorized, (await bank.Officer.GetAsync("/api/applications")).StatusCode);
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/login");
        await PortalBrowser.SignInAsync(page, adminName, Scenarios.Password);
        await page.WaitForSelectorAsync("section.portal-login .portal-error");
        Assert.Contains("暂停", await page.InnerTextAsync("section.portal-login .portal-error"));

        await bureau.ClickAsync("[data-test=bank-action]");
        await bureau.ClickAsync("[data-test=confirm]");
        await bureau.WaitForURLAsync("**done=reinstate**");
        await PortalBrowser.SignInAsync(page, adminName, Scenarios.Password);
        await page.WaitForURLAsync("**/bank/inbox");
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie_and_nothing_personal_stays_in_the_tab()
    {
        var (_, adminName) = await AdministratorAsync("定州河北银行");
        var page = await portal.SignedInPageAsync(adminName, Scenarios.Password, "**/bank/inbox");

        // a form with an ID number sent (and refused): the tab keeps what was typed, except what is personal
        await page.GotoAsync(portal.BaseUrl + "/bank/accounts");
        await page.FillAsync("input[name='Account.HolderName']", "王大爷");
        await page.FillAsync("input[name='Account.IdNumber']", "110105194912310021");
        await page.FillAsync("input[name='Account.OpeningBalance']", "300");
        await page.ClickAsync("form[data-test=open-account] button[type=submit]");
        await page.WaitForSelectorAsync("[data-field=idNumber]");
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(sessionStorage))");
        Assert.DoesNotContain("110105194912310021", stored);
        Assert.DoesNotContain("王大爷", stored);

        var cookies = await page.Context.CookiesAsync();
        await page.ClickAsync("[data-test=logout]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath is "/" or "/login");
        // the same cookie, replayed from elsewhere, no longer opens anything
        var replay = await portal.NewPageAsync();
        await replay.Context.AddCookiesAsync(cookies.Select(c => new Microsoft.Playwright.Cookie
            { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Secure = c.Secure, HttpOnly = c.HttpOnly }));
        await replay.GotoAsync(portal.BaseUrl + "/bank/inbox");
        await replay.WaitForURLAsync("**/login**");
    }
}
