using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// Every role finds "修改密码" in its menu and reaches <c>/account/password</c>; an enterprise owner changes the password
/// on a phone, refused in Chinese first (a wrong current password, a common new one), after which only the new one signs in.
/// </summary>
public sealed class PasswordPageTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task Every_role_reaches_the_password_page_from_the_menu_and_an_owner_changes_it_on_a_phone()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync();
        var officerName = TestData.UserName("pwofficer");
        var bureau = await app.BureauAsync();
        (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName = officerName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        var station = await app.NewStationAsync(bank.BankId);
        var enterprise = await app.NewEnterpriseAsync();
        var visited = new List<string>();

        foreach (var (userName, password, home) in new[] { (CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau"),
                     (officerName, Scenarios.Password, "**/bank/inbox"), (station.AgentUserName, Scenarios.Password, "**/station"),
                     (enterprise.UserName, Scenarios.Password, "**/products") })
        {
            var page = await portal.SignedInPageAsync(userName, password, home);
            await page.ClickAsync("[data-test=nav-password]");
            await page.WaitForURLAsync("**/account/password");
            await page.WaitForSelectorAsync("form[data-test=change-password]");
            await PortalBrowser.AssertChineseAsync(page);
            await PortalBrowser.AssertAccessibleAsync(page);
            visited.Add(userName);
            await page.Context.CloseAsync();
        }
        Assert.Equal(4, visited.Count);

        // the owner, on a phone: the link is in the menu there too
        var phone = await portal.SignedInPhonePageAsync(enterprise.UserName, Scenarios.Password, "**/products");
        await phone.ClickAsync("[data-test=nav-password]");
        await phone.WaitForURLAsync("**/account/password");
        await phone.WaitForSelectorAsync("form[data-test=change-password]");
        await EnterpriseOnboardingTests.CheckAsync(phone, "account-password-phone", visited);

        await phone.FillAsync("input[name='Input.CurrentPassword']", "not-my-password-1");
        await phone.FillAsync("input[name='Input.NewPassword']", "Hebei-Cattle-2027");
        await phone.FillAsync("input[name='Input.RepeatPassword']", "Hebei-Cattle-2027");
        await phone.ClickAsync("form[data-test=change-password] [data-test=save]");
        Assert.Contains("当前密码", await phone.InnerTextAsync("[data-field=currentPassword]"));
        await phone.FillAsync("input[name='Input.CurrentPassword']", Scenarios.Password);
        await phone.FillAsync("input[name='Input.NewPassword']", "qwertyuiop");
        await phone.FillAsync("input[name='Input.RepeatPassword']", "qwertyuiop");
        await phone.ClickAsync("form[data-test=change-password] [data-test=save]");
        Assert.Contains("常见密码", await phone.InnerTextAsync("[data-field=newPassword]"));
        await PortalBrowser.AssertChineseAsync(phone);

        await phone.FillAsync("input[name='Input.CurrentPassword']", Scenarios.Password);
        await phone.FillAsync("input[name='Input.NewPassword']", "Hebei-Cattle-2027");
        await phone.FillAsync("input[name='Input.RepeatPassword']", "Hebei-Cattle-2027");
        await phone.ClickAsync("form[data-test=change-password] [data-test=save]");
        await phone.WaitForURLAsync("**/account/password?done=1");
        Assert.True(await phone.IsVisibleAsync("[data-test=done]"));
        await EnterpriseOnboardingTests.CheckAsync(phone, "account-password-done-phone", visited);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = enterprise.UserName, password = Scenarios.Password })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = enterprise.UserName, password = "Hebei-Cattle-2027" })).ReadJsonAsync(HttpStatusCode.OK);
    }
}
