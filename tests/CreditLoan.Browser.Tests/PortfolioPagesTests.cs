using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>Loans, bulk repayments and the portfolio for a bank officer and the bureau, on a desktop and a phone (docs/portfolio.md).</summary>
public sealed class PortfolioPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private async Task<(BankSetup Bank, string UserName, string LoanId)> LoanAsync()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var userName = TestData.UserName("officer");
        (await (await app.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var a = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 120_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        async Task<System.Text.Json.Nodes.JsonObject> Act(string action, object? body = null) => await (body is null
            ? await bank.Officer.PostAsync($"/api/applications/{a["id"]}/{action}", null)
            : await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/{action}", body)).ReadJsonAsync(HttpStatusCode.OK);
        await Act("accept");
        await Act("approve", new { amount = 120_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "InterestOnly" });
        var d = await Act("disburse", new { amount = 120_000m, disbursedOn = Today });
        return (bank, userName, (string)d["loanId"]!);
    }

    [Fact]
    public async Task An_officer_uploads_repayments_with_progress_and_sees_the_loan_and_the_portfolio()
    {
        var (_, userName, loanId) = await LoanAsync();
        var page = await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await page.ClickAsync("[data-test=nav-repayments]");
        await page.WaitForURLAsync("**/bank/repayments");
        await page.WaitForSelectorAsync("[data-test=repayment-import][data-ready]");
        var file = Path.Combine(Path.GetTempPath(), $"还款{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"loanId,amount,paidOn\n{loanId},100.00,{Today}\n{Guid.NewGuid()},100.00,{Today}\n");
        try
        {
            var import = page.Locator("[data-test=import]:not([disabled])");
            // the file field speaks Chinese: Chromium's own control ("Choose File / No file chosen") is not drawn
            Assert.Equal("未选择文件", (await page.InnerTextAsync("[data-test=file-name]")).Trim());
            Assert.True(await page.Locator("input[type=file]").EvaluateAsync<bool>("e => e.getBoundingClientRect().width <= 1"));
            Assert.Equal("选择文件", (await page.InnerTextAsync(".portal-file-button")).Trim());
            await PortalBrowser.ChooseFileAsync(page, "input[type=file]", file, import);
            Assert.Equal(Path.GetFileName(file), (await page.InnerTextAsync("[data-test=file-name]")).Trim());
            Assert.StartsWith("data:text/csv", await page.GetAttributeAsync("[data-test=template]", "href"));
            await import.ClickAsync();
            var result = page.Locator("[data-test=import-result]");
            await result.WaitForAsync();
            Assert.Contains("已登记 1 笔，拒绝 1 行", await result.InnerTextAsync());
            Assert.Equal("100%", (await page.InnerTextAsync("[data-test=progress-text]")).Trim());
            Assert.StartsWith("3", (await page.Locator("[data-test=row-errors] tbody td").First.InnerTextAsync()).Trim());
            await PortalBrowser.AssertChineseAsync(page);
            await PortalBrowser.AssertAccessibleAsync(page);
            await PortalBrowser.ScreenshotAsync(page, "bank-repayments");
        }
        finally
        {
            File.Delete(file);
        }

        await page.ClickAsync("[data-test=nav-loans]");
        await page.WaitForURLAsync("**/loans");
        var row = page.Locator($"[data-test=loans] tr[data-id='{loanId}']");
        Assert.Contains("120,000.00", await row.InnerTextAsync());
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/loans/{loanId}");
        Assert.Equal("部分已还", (await page.Locator("[data-test=row-status]").First.InnerTextAsync()).Trim());   // 100 of the first 435.00 paid
        Assert.Contains("100.00", await page.InnerTextAsync("[data-test=repayments]"));
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.ScreenshotAsync(page, "loan-detail");

        await page.ClickAsync("[data-test=nav-portfolio]");
        await page.WaitForURLAsync("**/portfolio");
        Assert.Equal("1", (await page.InnerTextAsync("[data-test=portfolio-loans]")).Trim());
        Assert.Equal("12.00 万元", (await page.InnerTextAsync("[data-test=portfolio-balance]")).Trim());
        Assert.Contains("定州农商银行", await page.InnerTextAsync("[data-test=portfolio]"));
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        var xlsx = await page.APIRequest.GetAsync(portal.BaseUrl + await page.GetAttributeAsync("[data-test=export-portfolio]", "href"));
        Assert.Equal(200, xlsx.Status);
        await PortalBrowser.ScreenshotAsync(page, "bank-portfolio");

        // on a phone: the wide tables scroll in their own box, the page does not
        var phone = await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox");
        foreach (var (path, name) in new[] { ("/portfolio?by=Township", "portfolio"), ("/loans", "loans"), ($"/loans/{loanId}", "loan"), ("/bank/repayments", "repayments") })
        {
            await phone.GotoAsync(portal.BaseUrl + path);
            await phone.WaitForSelectorAsync("h1");
            await PortalBrowser.AssertNoSidewaysScrollAsync(phone);
            await PortalBrowser.AssertAccessibleAsync(phone);
            await PortalBrowser.AssertChineseAsync(phone);
            await PortalBrowser.ScreenshotAsync(phone, "phone-" + name);
        }
    }

    [Fact]
    public async Task The_bureau_sees_the_portfolio_on_its_dashboard_and_downloads_the_monthly_return()
    {
        await LoanAsync();
        var page = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await page.WaitForSelectorAsync("[data-test=portfolio-section]");
        Assert.NotEqual("0", (await page.InnerTextAsync("[data-test=portfolio-loans]")).Trim());
        await page.WaitForSelectorAsync("[data-test=balance-trend] svg");
        await page.WaitForTimeoutAsync(500);
        await PortalBrowser.ScreenshotAsync(page, "bureau-portfolio");
        await PortalBrowser.AssertChineseAsync(page);

        await page.ClickAsync("[data-test=nav-portfolio]");
        await page.WaitForURLAsync("**/portfolio");
        await page.SelectOptionAsync("select[name=by]", "Month");
        await page.ClickAsync("form[data-test=portfolio-filter] button[type=submit]");
        await page.WaitForURLAsync("**/portfolio?*by=Month*");
        Assert.Equal(13, await page.Locator("[data-test=portfolio] tbody tr").CountAsync());   // twelve months and the total
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        var monthly = await page.APIRequest.GetAsync(portal.BaseUrl + await page.GetAttributeAsync("[data-test=monthly-return]", "href"));
        Assert.Equal(200, monthly.Status);
        // named for people (filename*, UTF-8): the return's Chinese title and the month's end
        var name = System.Net.Http.Headers.ContentDispositionHeaderValue.Parse(monthly.Headers["content-disposition"]).FileNameStar;
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}.*_\d{4}-\d{2}-\d{2}\.xlsx$", name);
    }
}
