using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The bureau's dashboard on its own platform: a new loan shows in the figures, the charts and the township table.</summary>
public sealed class BureauDashboardTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task The_bureau_sees_a_new_loan_on_the_dashboard()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 200_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        async Task Act(string action, object? body = null) => await (body is null
                ? await bank.Officer.PostAsync($"/api/applications/{application["id"]}/{action}", null)
                : await bank.Officer.PostAsJsonAsync($"/api/applications/{application["id"]}/{action}", body)).ReadJsonAsync(HttpStatusCode.OK);
        await Act("accept");
        await Act("approve", new { amount = 200_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" });
        await Act("disburse", new { amount = 200_000m, disbursedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") });

        var page = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");                             // the bureau starts at its dashboard
        Assert.Equal("监管看板", await page.InnerTextAsync("h1"));
        Assert.Equal("1", (await page.InnerTextAsync("[data-test=loans]")).Trim());
        Assert.Equal("20.00 万元", (await page.InnerTextAsync("[data-test=amount]")).Trim());
        Assert.Contains("130682101", await page.InnerTextAsync("[data-test=townships]"));
        // the charts are drawn (Radzen, on the interactive circuit: the page's user asks there too)
        // (a drawn series: a path outside the chart's clip definitions with a size on the page)
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.rz-chart svg path')].some(p => !p.closest('defs, clipPath') && p.getBoundingClientRect().width > 0)");
        // both charts (each Radzen chart draws its svg on its own render after the circuit's data arrive)
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.rz-chart svg').length >= 2");
        // each chart has its figures as a table (its text alternative): the month's loan and amount are there in words
        Assert.Equal(await page.Locator(".rz-chart").CountAsync(), await page.Locator("[data-test=chart-data]").CountAsync());
        var byBank = page.Locator("[data-test=chart-data]").Filter(new() { HasText = "20.00" }).First;
        await byBank.Locator("summary").ClickAsync();
        Assert.Contains("20.00", await byBank.Locator("table").InnerTextAsync());
        await page.WaitForTimeoutAsync(500);
        await PortalBrowser.ScreenshotAsync(page, "bureau-dashboard");

        // every table downloads from the dashboard with the bureau's cookie (the API itself would want a token)
        var href = await page.GetAttributeAsync("[data-test=export-by-township]", "href");
        var xlsx = await page.APIRequest.GetAsync(portal.BaseUrl + href);
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Headers["content-type"]);
        var year = DateTime.UtcNow.AddHours(8).Year;
        // named for people (filename*, UTF-8), and opened as a person would: title, Chinese headers, the township's name, 合计
        Assert.StartsWith($"贷款申请与放款统计（分乡镇）_{year}-01-01_",
            System.Net.Http.Headers.ContentDispositionHeaderValue.Parse(xlsx.Headers["content-disposition"]).FileNameStar);
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.BodyAsync()), useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("全县（全部银行）", (string)sheet[0]["A"]!);
        Assert.Contains("万元", (string)sheet[1]["A"]!);
        Assert.Equal(("乡镇", "申请笔数"), (sheet[2]["A"], sheet[2]["B"]));
        Assert.EndsWith("（130682101）", (string)sheet[3]["A"]!);
        Assert.Equal("合计", sheet[4]["A"]);

        // a range without the loan: last January
        await page.FillAsync("input[name=from]", $"{year - 1}-01-01");
        await page.FillAsync("input[name=to]", $"{year - 1}-01-31");
        await page.ClickAsync("form[data-test=range] button[type=submit]");
        await page.WaitForURLAsync($"**/bureau?from={year - 1}-01-01&to={year - 1}-01-31");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=loans]')?.textContent.trim() === '0'");
    }
}
