using CreditLoan.Domain.Common;
using CreditLoan.Testing;
using CreditLoan.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The platform started with <c>--demo</c> (the sample county, seeded on the real clock: its year ends yesterday).</summary>
public sealed class DemoPortalBrowser() : PortalBrowser(new Dictionary<string, string?> { [DemoCounty.Setting] = "true" });

/// <summary>
/// The sample county's dashboard in Chromium, as the README and docs/operations.md show it (the screenshots
/// <c>demo-dashboard.png</c> and <c>demo-dashboard-phone.png</c> are copied to docs/images/).
/// </summary>
public sealed class DemoDashboardTests(DemoPortalBrowser portal) : IClassFixture<DemoPortalBrowser>
{
    [Fact]
    public async Task The_bureau_sees_the_sample_county_year()
    {
        Assert.True(portal.App.Services.GetRequiredService<DemoSeedResult>().Seeded);
        var today = ChinaTime.Today(TimeProvider.System);
        var year = $"/bureau?from={today.AddYears(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var page = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await page.GotoAsync(portal.BaseUrl + year);
        Assert.Equal("239", (await page.InnerTextAsync("[data-test=loans]")).Trim());
        Assert.Equal("3,642.00 万元", (await page.InnerTextAsync("[data-test=amount]")).Trim());
        var townships = await page.InnerTextAsync("[data-test=townships]");
        foreach (var name in new[] { "清风店镇", "东亭镇", "号头庄回族乡", "南城区街道" }) Assert.Contains(name, townships);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.rz-chart svg path')].some(p => !p.closest('defs, clipPath') && p.getBoundingClientRect().width > 0)");
        await page.WaitForTimeoutAsync(800);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "demo-dashboard");

        var phone = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await phone.GotoAsync(portal.BaseUrl + year);
        await phone.WaitForFunctionAsync("() => [...document.querySelectorAll('.rz-chart svg path')].some(p => !p.closest('defs, clipPath') && p.getBoundingClientRect().width > 0)");
        await phone.WaitForTimeoutAsync(800);
        await PortalBrowser.AssertNoSidewaysScrollAsync(phone);
        await PortalBrowser.ScreenshotAsync(phone, "demo-dashboard-phone");

        // the portfolio the year left: loans still owed, three borrowers behind
        await page.GotoAsync(portal.BaseUrl + "/portfolio");
        await page.WaitForSelectorAsync("main table");
        await page.WaitForTimeoutAsync(500);
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "demo-portfolio");
    }
}
