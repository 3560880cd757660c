using System.Net;
using System.Net.Http.Json;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The bureau's user management and audit log (issue 18), on an office screen and a 390 px phone: a station's agent created,
/// disabled and enabled again (each asked first), its password reset and shown once; a bank's administrator sees its own bank's
/// accounts only; the audit log filtered by action and China days, an unknown action named only as 其他操作, downloaded as XLSX
/// and CSV. Chinese only, axe-core clean and nothing scrolling sideways on every page.
/// </summary>
public sealed class BureauUsersAuditTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.ScreenshotAsync(page, screenshot);
    }

    private Task<IPage> BureauAsync(bool phone) => phone
        ? portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau")
        : portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");

    /// <summary>Opens a menu entry; on a phone the menu may sit off screen, so the link is followed.</summary>
    private async Task OpenAsync(IPage page, string nav, string path)
    {
        await page.GotoAsync(portal.BaseUrl + await page.GetAttributeAsync($"[data-test={nav}]", "href"));
        await page.WaitForURLAsync("**" + path + "**");
        Assert.Equal("page", await page.GetAttributeAsync($"[data-test={nav}]", "aria-current"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_bureau_creates_a_station_agent_disables_and_enables_it_and_resets_its_password(bool phone)
    {
        var bank = await portal.App.NewBankAsync(phone ? "定州农商银行二" : "定州农商银行一");
        var stationName = phone ? "东亭服务站" : "西城服务站";
        var station = await portal.App.NewStationAsync(bank.BankId, stationName);
        var page = await BureauAsync(phone);
        var suffix = phone ? "-phone" : "";
        await OpenAsync(page, "nav-accounts-admin", "/accounts");

        // a station's agent, chosen by the station's name and village
        var agentName = TestData.UserName("daiban");
        await page.SelectOptionAsync("select[name='Agent.OwnerId']", station.StationId.ToString());
        await page.FillAsync("input[name='Agent.UserName']", agentName);
        await page.FillAsync("input[name='Agent.DisplayName']", "代办员小王");
        await page.FillAsync("input[name='Agent.Password']", Scenarios.Password);
        await page.ClickAsync("form[data-test=new-agent] button[type=submit]");
        await page.WaitForURLAsync("**done=agent**");
        Assert.Contains(agentName, await page.InnerTextAsync("[data-test=done]"));

        // the list filtered by station and role: the station by name, never an id
        await page.SelectOptionAsync("[data-test=filter] select[name=stationId]", station.StationId.ToString());
        await page.SelectOptionAsync("[data-test=filter] select[name=role]", "Agent");
        await page.ClickAsync("[data-test=filter] button[type=submit]");
        await page.WaitForURLAsync($"**stationId={station.StationId}**");
        var row = page.Locator($"tr[data-user='{agentName}']");
        Assert.Equal(stationName, (await row.Locator("[data-test=owner]").InnerTextAsync()).Trim());
        Assert.Equal(2, await page.Locator("[data-test=users] tbody tr").CountAsync());    // the station's first agent and this one
        Assert.DoesNotContain(station.StationId.ToString(), await page.InnerTextAsync("[data-test=users]"));
        await CheckAsync(page, "bureau-users" + suffix);

        // disabled after a confirmation: signing in is refused at once
        await row.Locator("[data-test=disable]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=confirm-panel]");
        Assert.Contains(agentName, await page.InnerTextAsync("[data-test=confirm-panel]"));
        await CheckAsync(page, "bureau-users-confirm" + suffix);
        await page.ClickAsync("[data-test=confirm]");
        await page.WaitForURLAsync("**done=disable**");
        Assert.Contains("已停用", await page.Locator($"tr[data-user='{agentName}'] [data-test=state]").InnerTextAsync());
        var signIn = portal.App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await signIn.PostAsJsonAsync("/api/auth/token", new { userName = agentName, password = Scenarios.Password })).StatusCode);

        // enabled again, also asked first
        await page.Locator($"tr[data-user='{agentName}'] [data-test=enable]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=confirm-panel]");
        await page.ClickAsync("[data-test=confirm]");
        await page.WaitForURLAsync("**done=enable**");
        Assert.DoesNotContain("已停用", await page.Locator($"tr[data-user='{agentName}'] [data-test=state]").InnerTextAsync());
        Assert.Equal(HttpStatusCode.OK, (await signIn.PostAsJsonAsync("/api/auth/token", new { userName = agentName, password = Scenarios.Password })).StatusCode);

        // a reset: asked first, the temporary password shown once with the copy button, never in the address
        await page.Locator($"tr[data-user='{agentName}'] [data-test=reset]").ClickAsync();
        await page.WaitForSelectorAsync("[data-test=confirm-panel]");
        await page.ClickAsync("[data-test=confirm]");
        var temporary = (await page.InnerTextAsync("[data-test=temporary-password] [data-test=secret]")).Trim();
        Assert.True(temporary.Length >= 10, temporary);
        Assert.DoesNotContain(temporary, page.Url);
        Assert.True(await page.IsVisibleAsync("[data-test=temporary-password] [data-test=copy]"));
        Assert.Contains("复制", await page.InnerTextAsync("[data-test=temporary-password]"));
        // the temporary password itself is random letters and digits: the page's words are checked around it
        await PortalBrowser.AssertChineseAsync(page, "[data-test=users]");
        await PortalBrowser.AssertChineseAsync(page, "[data-test=temporary-password] > p:last-child");
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "bureau-users-reset" + suffix);
        Assert.Equal(HttpStatusCode.Unauthorized, (await signIn.PostAsJsonAsync("/api/auth/token", new { userName = agentName, password = Scenarios.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signIn.PostAsJsonAsync("/api/auth/token", new { userName = agentName, password = temporary })).StatusCode);
        await page.GotoAsync(page.Url);   // opened again (not the post resent): the password is gone, the account waits for its change
        Assert.DoesNotContain(temporary, await page.ContentAsync());
        Assert.Contains("待改密码", await page.Locator($"tr[data-user='{agentName}'] [data-test=state]").InnerTextAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bank_administrator_sees_only_its_own_banks_accounts(bool phone)
    {
        var bureau = await portal.App.BureauAsync();
        async Task<(Guid Bank, string Admin, string Officer)> BankAsync(string name)
        {
            var bank = await (await bureau.PostAsJsonAsync("/api/banks", new { name, creditCode = TestData.CreditCode() })).ReadJsonAsync(HttpStatusCode.Created);
            var id = Guid.Parse((string)bank["id"]!);
            var admin = TestData.UserName("hangguan");
            var officer = TestData.UserName("xindai");
            (await bureau.PostAsJsonAsync($"/api/banks/{id}/users", new { userName = admin, password = Scenarios.Password, displayName = "行管理员", role = "BankAdmin" }))
                .EnsureSuccessStatusCode();
            (await bureau.PostAsJsonAsync($"/api/banks/{id}/users", new { userName = officer, password = Scenarios.Password, displayName = "信贷员", role = "BankOfficer" }))
                .EnsureSuccessStatusCode();
            return (id, admin, officer);
        }
        var own = await BankAsync(phone ? "定州甲银行二" : "定州甲银行一");
        var other = await BankAsync(phone ? "定州乙银行二" : "定州乙银行一");
        var page = phone ? await portal.SignedInPhonePageAsync(own.Admin, Scenarios.Password, "**/bank/inbox")
            : await portal.SignedInPageAsync(own.Admin, Scenarios.Password, "**/bank/inbox");
        await OpenAsync(page, "nav-accounts-admin", "/accounts");

        var users = await page.InnerTextAsync("[data-test=users]");
        Assert.Contains(own.Admin, users);
        Assert.Contains(own.Officer, users);
        Assert.DoesNotContain(other.Admin, users);
        Assert.DoesNotContain(other.Officer, users);
        var owners = await page.Locator("[data-test=users] [data-test=owner]").AllInnerTextsAsync();
        Assert.Equal(2, owners.Count);
        Assert.All(owners, o => Assert.Equal(phone ? "定州甲银行二" : "定州甲银行一", o.Trim()));
        Assert.Equal(0, await page.Locator("select[name=bankId], select[name=stationId]").CountAsync());   // the bureau's filters only
        await CheckAsync(page, "bureau-users-bank-admin" + (phone ? "-phone" : ""));

        // another bank's id typed into the address shows nothing of it
        await page.GotoAsync(portal.BaseUrl + $"/accounts?bankId={other.Bank}");
        Assert.DoesNotContain(other.Admin, await page.InnerTextAsync("main"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_bureau_filters_the_audit_log_by_action_and_day_and_downloads_it(bool phone)
    {
        // a bank's administrator disables an officer twice (the second refused); a row of an action no text names
        var bureau = await portal.App.BureauAsync();
        var bank = await (await bureau.PostAsJsonAsync("/api/banks", new { name = "审计测试银行", creditCode = TestData.CreditCode() })).ReadJsonAsync(HttpStatusCode.Created);
        var adminName = TestData.UserName("shenji");
        (await bureau.PostAsJsonAsync($"/api/banks/{bank["id"]}/users", new { userName = adminName, password = Scenarios.Password, displayName = "行管理员", role = "BankAdmin" }))
            .EnsureSuccessStatusCode();
        var officer = await (await bureau.PostAsJsonAsync($"/api/banks/{bank["id"]}/users",
            new { userName = TestData.UserName("xdy"), password = Scenarios.Password, displayName = "信贷员", role = "BankOfficer" })).ReadJsonAsync(HttpStatusCode.Created);
        var admin = await portal.App.ClientAsync(adminName, Scenarios.Password);
        (await admin.PostAsync($"/api/users/{officer["id"]}/disable", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/users/{officer["id"]}/disable", null)).StatusCode);
        var unknownEntity = Guid.NewGuid().ToString();
        await using (var scope = portal.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AuditLog.Add(new AuditEntry(DateTimeOffset.UtcNow, $"{adminName} (0)", "bank", "SomeFutureThing", unknownEntity, "Succeeded", null));
            await db.SaveChangesAsync();
        }
        var today = ChinaTime.Today(TimeProvider.System);
        var (from, to) = (today.AddDays(-1).ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd"));

        var page = await BureauAsync(phone);
        await OpenAsync(page, "nav-audit", "/bureau/audit");
        await page.FillAsync("[data-test=audit-filter] input[name=actor]", adminName);
        await page.SelectOptionAsync("[data-test=audit-action]", "DisableUser");
        await page.FillAsync("[data-test=audit-filter] input[name=from]", from);
        await page.FillAsync("[data-test=audit-filter] input[name=to]", to);
        await page.ClickAsync("[data-test=audit-search]");
        await page.WaitForURLAsync("**action=DisableUser**");
        var actions = await page.Locator("[data-test=audit] [data-test=action]").AllInnerTextsAsync();
        Assert.Equal(["停用账号", "停用账号"], actions.Select(a => a.Trim()));
        var rows = await page.InnerTextAsync("[data-test=audit] tbody");
        Assert.Contains("被拒绝", rows);
        Assert.Contains("成功", rows);
        Assert.Contains((string)officer["id"]!, rows);
        Assert.DoesNotContain("DisableUser", await page.InnerTextAsync("main"));
        Assert.Contains($"共 2 条（{from} 至 {to}）", await page.InnerTextAsync("[data-test=audit-count]"));
        await CheckAsync(page, "bureau-audit" + (phone ? "-phone" : ""));

        // the downloads carry the same filter: XLSX, and CSV in Chinese with the range in its title
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-test=audit-xlsx]"));
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);
        Assert.StartsWith("审计日志", xlsx.SuggestedFilename);
        await using (var file = await xlsx.CreateReadStreamAsync())
        {
            var head = new byte[2];
            await file.ReadExactlyAsync(head);
            Assert.Equal("PK"u8.ToArray(), head);
        }
        var csvLink = await page.GetAttributeAsync("[data-test=audit-csv]", "href");
        var csv = await page.APIRequest.GetAsync(portal.BaseUrl + csvLink);
        var text = await csv.TextAsync();
        Assert.Contains("时间（北京时间）,操作人,角色,操作,对象编号,结果", text);
        Assert.Contains($"统计期间：{from} 至 {to}；操作人：{adminName}；操作：停用账号", text);
        Assert.Contains("合计,2 条", text);
        Assert.DoesNotContain("DisableUser", text);

        // an action the platform has no name for yet: a general Chinese label, never its own name
        await page.GotoAsync(portal.BaseUrl + $"/bureau/audit?entityId={unknownEntity}");
        Assert.Equal("其他操作", (await page.InnerTextAsync("[data-test=audit] [data-test=action]")).Trim());
        Assert.DoesNotContain("SomeFutureThing", await page.InnerTextAsync("main"));
        await PortalBrowser.AssertChineseAsync(page);

        // other roles are turned away from the page
        var officerPage = await portal.SignedInPageAsync(adminName, Scenarios.Password, "**/bank/inbox");
        Assert.Equal(0, await officerPage.Locator("[data-test=nav-audit]").CountAsync());
        await officerPage.GotoAsync(portal.BaseUrl + "/bureau/audit");
        await officerPage.WaitForURLAsync("**/denied**");
    }
}
