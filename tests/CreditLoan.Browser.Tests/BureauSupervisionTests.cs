using System.Net;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The bureau's supervision in the browser (issue 18), on a desktop and on a 390 px phone, every page checked for English,
/// with axe-core and for sideways scrolling: from the township's figure on the dashboard to the applications behind it (the
/// list's count the figure's), one opened, a 督办 written, asked once more, sent — then the bank reads it on its own page; the
/// list downloaded (Chinese headers, 合计); the overdue list; the enterprise directory opening a credit report (audited).
/// </summary>
public sealed class BureauSupervisionTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.ScreenshotAsync(page, screenshot);
    }

    /// <summary>From the dashboard's township figure to the application, and a 督办 sent after its confirmation.</summary>
    private async Task DrillAndSuperviseAsync(IPage page, string applicationId, string note, string suffix)
    {
        await page.GotoAsync(portal.BaseUrl + "/bureau");
        var figure = page.Locator("[data-test=townships] tr[data-key='130682101'] [data-test=drill-applications]");
        await figure.WaitForAsync();
        var count = (await figure.InnerTextAsync()).Trim();
        await CheckAsync(page, "bureau-dashboard-drill" + suffix);
        await figure.ClickAsync();
        await page.WaitForURLAsync("**/bureau/applications?figure=Applications*township=130682101*");
        Assert.Contains($"共 {count} 笔", await page.InnerTextAsync("[data-test=drill-summary]"));
        Assert.Equal(int.Parse(count), await page.Locator("[data-test=drill-row]").CountAsync());
        Assert.Contains("定州市牛牛养殖专业合作社", await page.InnerTextAsync("[data-test=drill]"));
        Assert.Contains("定州农商银行", await page.InnerTextAsync("[data-test=drill]"));
        await CheckAsync(page, "bureau-applications" + suffix);

        await page.ClickAsync($"[data-test=drill-row][data-id='{applicationId}'] [data-test=open]");
        await page.WaitForURLAsync($"**/bureau/applications/{applicationId}");
        await page.WaitForSelectorAsync("[data-test=supervise-form]");   // the page itself, not only its address (enhanced navigation)
        Assert.Contains("定州市牛牛养殖专业合作社", await page.InnerTextAsync("h1"));
        Assert.Contains("农户经营贷", await page.InnerTextAsync("[data-test=product]"));
        await page.FillAsync("[data-test=supervise-text]", note);
        await page.ClickAsync("[data-test=supervise-button]");
        await page.WaitForSelectorAsync("[data-test=confirm-panel]");
        Assert.Contains(note, await page.InnerTextAsync("[data-test=review-note]"));
        Assert.Contains("定州农商银行", await page.InnerTextAsync("[data-test=confirm-panel]"));
        await CheckAsync(page, "bureau-supervise-confirm" + suffix);
        await page.ClickAsync("[data-test=confirm-yes]");
        await page.WaitForSelectorAsync("[data-test=done]");
        Assert.Contains(note, await page.InnerTextAsync("[data-test=timeline]"));
        await CheckAsync(page, "bureau-application" + suffix);
    }

    [Fact]
    public async Task The_bureau_drills_from_the_township_figure_to_an_application_and_supervises_it_and_the_bank_reads_it()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var officer = TestData.UserName("officer");
        (await (await app.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName = officer, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "农户经营贷");
        var code = TestData.CreditCode();
        var enterprise = await app.NewEnterpriseAsync(TestData.RegistryRow(code, "定州市牛牛养殖专业合作社"), code);
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 80_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = (string)application["id"]!;
        // the bank let it lie: its time to accept ran out 30 hours ago (the platform's own clock cannot be moved here)
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var due = DateTimeOffset.UtcNow.AddHours(-30);
            await db.Applications.Where(a => a.Id == Guid.Parse(id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.AcceptDueAt, due));
        }

        // ---- desktop: the dashboard's township figure → the list → the application → 督办, asked once more, sent
        var desk = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await DrillAndSuperviseAsync(desk, id, "请今天内受理并联系企业。", "");

        // the list downloads as the portal's titled workbook: Chinese headers, names, 合计
        await desk.GotoAsync(portal.BaseUrl + "/bureau/applications?figure=Applications&township=130682101");
        var href = await desk.GetAttributeAsync("[data-test=export-xlsx]", "href");
        var xlsx = await desk.APIRequest.GetAsync(portal.BaseUrl + href);
        Assert.Equal(200, xlsx.Status);
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.BodyAsync()), useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("全县（全部银行） · 贷款申请明细", (string)sheet[0]["A"]!);
        Assert.Contains("乡镇：", (string)sheet[1]["A"]!);
        Assert.Equal(("申请编号", "企业名称", "银行", "申请金额（元）"), (sheet[2]["A"], sheet[2]["B"], sheet[2]["D"], sheet[2]["F"]));
        Assert.Equal(("定州市牛牛养殖专业合作社", "定州农商银行", "农户经营贷"), (sheet[3]["B"], sheet[3]["D"], sheet[3]["E"]));
        Assert.Equal("合计（1 笔）", sheet[4]["A"]);
        Assert.Equal(80_000m, Convert.ToDecimal(sheet[4]["F"]));

        // the overdue list: enterprise, bank, product, hours and working days, the 督办 counted
        await desk.GotoAsync(portal.BaseUrl + "/bureau/overdue");
        var row = desk.Locator($"[data-test=overdue-row][data-id='{id}']");
        Assert.Equal(("定州农商银行", "农户经营贷"), ((await row.Locator("[data-test=bank]").InnerTextAsync()).Trim(), (await row.Locator("[data-test=product]").InnerTextAsync()).Trim()));
        Assert.True(double.Parse(await row.Locator("[data-test=hours]").InnerTextAsync()) >= 30);
        Assert.Contains("已督办 1 次", await row.InnerTextAsync());
        await CheckAsync(desk, "bureau-overdue");

        // ---- a phone: the same way, a second 督办
        var phone = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await DrillAndSuperviseAsync(phone, id, "再次督办：请回复处理进度。", "-phone");
        await phone.GotoAsync(portal.BaseUrl + "/bureau/overdue");
        await CheckAsync(phone, "bureau-overdue-phone");

        // ---- the bank reads both on its own application page, in order, as the bureau's
        var bankPage = await portal.SignedInPageAsync(officer, Scenarios.Password, "**/bank/inbox");
        await bankPage.GotoAsync(portal.BaseUrl + $"/bank/applications/{id}");
        var notes = bankPage.Locator("[data-test=supervision-note]");
        Assert.Equal(2, await notes.CountAsync());
        Assert.Contains("请今天内受理并联系企业。", await notes.Nth(0).InnerTextAsync());
        Assert.Contains("再次督办：请回复处理进度。", await notes.Nth(1).InnerTextAsync());
        Assert.Contains("督办", await notes.Nth(0).InnerTextAsync());
        await CheckAsync(bankPage, "bureau-note-at-bank");
    }

    [Fact]
    public async Task The_directory_finds_an_enterprise_and_opens_its_credit_report_audited()
    {
        var app = portal.App;
        var code = TestData.CreditCode();
        var enterprise = await app.NewEnterpriseAsync(TestData.RegistryRow(code, "定州市绿源蔬菜种植专业合作社", industry: "A01", division: "130682101200"), code);
        foreach (var (page, suffix) in new[]
                 {
                     (await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau"), ""),
                     (await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau"), "-phone"),
                 })
        {
            await page.GotoAsync(portal.BaseUrl + "/bureau/enterprises");
            await page.FillAsync("[data-test=search]", code.ToLowerInvariant());   // a credit code typed in lower case is found too
            await page.SelectOptionAsync("[data-test=township-filter]", "130682101");
            await page.ClickAsync("[data-test=directory-search] button[type=submit]");
            await page.WaitForURLAsync("**/bureau/enterprises?q=*");
            var found = page.Locator($"[data-test=enterprise][data-id='{enterprise.EnterpriseId}']");
            Assert.Equal(1, await page.Locator("[data-test=enterprise]").CountAsync());
            Assert.Contains("定州市绿源蔬菜种植专业合作社", await found.InnerTextAsync());
            await CheckAsync(page, "bureau-directory" + suffix);

            await found.Locator("[data-test=open]").ClickAsync();
            await page.WaitForURLAsync($"**/bureau/enterprises/{enterprise.EnterpriseId}");
            Assert.Equal(code, (await page.InnerTextAsync("[data-test=credit-code]")).Trim());
            await page.ClickAsync("[data-test=read-report]");
            await page.WaitForSelectorAsync("[data-test=audited]");
            Assert.Matches("^[ABCD]$", (await page.InnerTextAsync("[data-test=grade]")).Trim());
            await CheckAsync(page, "bureau-enterprise-report" + suffix);
        }

        // each read is in the audit log: the bureau's, of this enterprise, with its purpose
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reads = await db.AuditLog.AsNoTracking()
            .Where(e => e.Action == "ReadCreditReport" && e.EntityId == enterprise.EnterpriseId.ToString() && e.Outcome == "Succeeded").ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Contains("监管查阅：企业目录", r.Detail!));
        Assert.All(reads, r => Assert.Equal("bureau", r.ActorRole));
    }
}
