using System.Net;
using CreditLoan.Testing;

namespace CreditLoan.Browser.Tests;

/// <summary>The bureau sees a year's working-day calendar (official or provisional) and uploads the official one, checked and confirmed.</summary>
public sealed class BureauCalendarTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task The_bureau_checks_and_uploads_a_years_official_arrangement()
    {
        var page = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await page.ClickAsync("[data-test=nav-calendar]");
        await page.GotoAsync(portal.BaseUrl + "/bureau/calendar?year=2031");
        Assert.True(await page.IsVisibleAsync("[data-test=provisional]"));
        var computed = await page.InnerTextAsync("[data-test=arrangement]");
        Assert.Contains("春节", computed);
        Assert.Contains("2031-01-22", computed);   // 除夕 of the computed Spring Festival
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "bureau-calendar-provisional");

        // the form starts from the arrangement in force; a bad row is refused next to its field, nothing saved
        await page.FillAsync("input[name='Upload.From[1]']", "2031-02-10");
        await page.FillAsync("input[name='Upload.To[1]']", "2031-02-01");
        await page.ClickAsync("form[data-test=upload] button[type=submit]");
        Assert.Contains("春节", await page.InnerTextAsync("[data-field='holidays[1].to']"));
        // the official one: 春节 22–29 January, 国庆 1–7 October and two adjusted working days; checked, then confirmed
        await page.FillAsync("input[name='Upload.Source']", "国务院办公厅关于2031年部分节假日安排的通知");
        await page.FillAsync("input[name='Upload.From[1]']", "2031-01-22");
        await page.FillAsync("input[name='Upload.To[1]']", "2031-01-29");
        for (var i = 2; i < 6; i++)
        {
            await page.FillAsync($"input[name='Upload.Names[{i}]']", "");
            await page.FillAsync($"input[name='Upload.From[{i}]']", "");
            await page.FillAsync($"input[name='Upload.To[{i}]']", "");
        }
        await page.FillAsync("input[name='Upload.Names[6]']", "国庆节");
        await page.FillAsync("input[name='Upload.From[6]']", "2031-10-01");
        await page.FillAsync("input[name='Upload.To[6]']", "2031-10-07");
        await page.FillAsync("textarea[name='Upload.Adjusted']", "2031-01-19\n2031-09-28");
        await page.ClickAsync("form[data-test=upload] button[type=submit]");
        Assert.Contains("3 个节假日、2 个调休上班日", await page.InnerTextAsync("[data-test=confirm-calendar]"));
        await PortalBrowser.AssertAccessibleAsync(page);
        var stillProvisional = await (await portal.App.CreateClient().GetAsync("/api/calendar/2031")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)stillProvisional["official"]!);
        await page.ClickAsync("[data-test=confirm-calendar] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-test=saved]");
        Assert.True(await page.IsVisibleAsync("[data-test=official]"));
        Assert.Contains("2031-01-29", await page.InnerTextAsync("[data-test=arrangement]"));
        var saved = await (await portal.App.CreateClient().GetAsync("/api/calendar/2031")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)saved["official"]!);
        Assert.Equal(3, saved["holidays"]!.AsArray().Count);
        Assert.Equal("2031-09-28", (string)saved["adjustedWorkingDays"]![1]!);
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "bureau-calendar-official");

        var phone = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await phone.GotoAsync(portal.BaseUrl + "/bureau/calendar?year=2031");
        await PortalBrowser.AssertNoSidewaysScrollAsync(phone);
        await PortalBrowser.ScreenshotAsync(phone, "bureau-calendar-phone");
    }
}
