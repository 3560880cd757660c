using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// A bank officer services a loan in the portal (issue 17): records a repayment after seeing where it goes, an early repayment
/// after seeing the new schedule, a refusal in Chinese next to its field, a double submit recording one repayment; the loan
/// list under the portfolio's figures; the bureau reads only. Every page: no English, axe, and on the phone no sideways scroll.
/// </summary>
public sealed class LoanPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private async Task<(BankSetup Bank, string UserName, string ProductId)> BankAsync()
    {
        var bank = await portal.App.NewBankAsync("定州农商银行");
        var userName = TestData.UserName("officer");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = Scenarios.Password, displayName = "信贷员" })).EnsureSuccessStatusCode();
        var product = await bank.Officer.CreateProductAsync();
        return (bank, userName, (string)product["id"]!);
    }

    /// <summary>A loan of 120,000 yuan over 12 months at 4.35 % 等额本息, disbursed today: 435.00 interest in the first instalment.</summary>
    private async Task<string> LoanAsync(BankSetup bank, string productId, decimal amount = 120_000m)
    {
        var enterprise = await portal.App.NewEnterpriseAsync();
        var a = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        async Task<JsonObject> Act(string action, object? body = null) => await (body is null
            ? await bank.Officer.PostAsync($"/api/applications/{a["id"]}/{action}", null)
            : await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/{action}", body)).ReadJsonAsync(HttpStatusCode.OK);
        await Act("accept");
        await Act("approve", new { amount, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" });
        return (string)(await Act("disburse", new { amount, disbursedOn = Today }))["loanId"]!;
    }

    private static async Task<JsonObject> LoanOf(BankSetup bank, string loanId) =>
        await (await bank.Officer.GetAsync($"/api/loans/{loanId}")).ReadJsonAsync(HttpStatusCode.OK);

    private static async Task CheckAsync(IPage page, string screenshot, bool phone = false)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        if (phone)
        {
            await PortalBrowser.AssertNoSidewaysScrollAsync(page);
            // every link, button and field in the page's content is a 44 px touch target (a radio button's is its label)
            var small = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main a, main button, main input, main select, main label.portal-check')]
                .filter(e => e.type !== 'radio' && e.type !== 'hidden' && e.getClientRects().length > 0 && e.getBoundingClientRect().height < 44)
                .map(e => e.outerHTML.slice(0, 100))");
            Assert.True(small.Length == 0, $"{page.Url}: under 44 px: {string.Join(" | ", small)}");
        }
        await PortalBrowser.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task An_officer_records_a_repayment_after_confirming_it_and_a_double_submit_records_one()
    {
        var (bank, userName, productId) = await BankAsync();
        var loanId = await LoanAsync(bank, productId);
        var page = await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await page.GotoAsync($"{portal.BaseUrl}/loans/{loanId}");
        await page.WaitForSelectorAsync("[data-test=repay-form]");
        Assert.Equal(Today, await page.InputValueAsync("input[name='Pay.PaidOn']"));          // China's today
        Assert.Equal("贷款", (await page.Locator("[data-test=trail] a").First.InnerTextAsync()).Trim());
        var borrower = (await page.InnerTextAsync("h1[data-test=borrower]")).Trim();
        Assert.Equal(borrower, (await page.InnerTextAsync("[data-test=trail] [aria-current=page]")).Trim());
        Assert.NotEqual("贷款详情", borrower);
        Assert.Equal("120,000.00 元", (await page.InnerTextAsync("[data-test=outstanding]")).Trim());
        await CheckAsync(page, "loan-officer");

        // more than is owed: refused in Chinese next to the amount, what was typed kept, nothing recorded
        await page.FillAsync("input[name='Pay.Amount']", "999999");
        await page.ClickAsync("[data-test=repay]");
        var refusal = (await page.InnerTextAsync("[data-test=repay-form] [data-field=amount]")).Trim();
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", refusal);
        Assert.Equal("999999", await page.InputValueAsync("input[name='Pay.Amount']"));
        await CheckAsync(page, "loan-repay-refused");
        Assert.Empty((await LoanOf(bank, loanId))["repayments"]!.AsArray());

        // 5,000: asked first, with where it goes (435.00 interest, then 4,565.00 principal of the first instalment)
        await page.FillAsync("input[name='Pay.Amount']", "5000");
        await page.ClickAsync("[data-test=repay]");
        var panel = page.Locator("[data-test=confirm-panel]");
        await panel.WaitForAsync();
        var review = await panel.InnerTextAsync();
        Assert.Contains("5,000.00", review);
        Assert.Contains("115,435.00", review);
        Assert.Contains("4,565.00", await page.InnerTextAsync("[data-test=shares]"));
        Assert.Contains("部分已还", await page.InnerTextAsync("[data-test=shares]"));
        await CheckAsync(page, "loan-repay-confirm");
        Assert.Empty((await LoanOf(bank, loanId))["repayments"]!.AsArray());                 // not yet
        await page.ClickAsync("[data-test=confirm-yes]");
        await page.WaitForURLAsync("**/loans/*done=repay*");
        Assert.Contains("还款已登记", await page.InnerTextAsync("[data-test=done]"));
        Assert.Equal("部分已还", (await page.Locator("[data-test=row-status]").First.InnerTextAsync()).Trim());
        Assert.Equal("115,435.00 元", (await page.InnerTextAsync("[data-test=outstanding]")).Trim());
        Assert.Contains("5,000.00", await page.InnerTextAsync("[data-test=repayments]"));
        var loan = await LoanOf(bank, loanId);
        Assert.Equal(115_435m, (decimal)loan["outstandingPrincipal"]!);
        Assert.Equal("PartlyPaid", (string)loan["schedule"]![0]!["status"]!);
        Assert.Single(loan["repayments"]!.AsArray());
        await CheckAsync(page, "loan-repaid");

        // the confirmation sent twice at once (a double click on a slow line the page could not stop): one key, one repayment
        await page.FillAsync("input[name='Pay.Amount']", "100");
        await page.ClickAsync("[data-test=repay]");
        await page.Locator("[data-test=confirm-panel]").WaitForAsync();
        var statuses = await page.EvalOnSelectorAsync<int[]>("form[data-test=confirm-form]",
            "f => Promise.all([fetch(f.action, { method: 'POST', body: new FormData(f) }), fetch(f.action, { method: 'POST', body: new FormData(f) })]).then(rs => rs.map(r => r.status))");
        Assert.All(statuses, s => Assert.Equal(200, s));
        loan = await LoanOf(bank, loanId);
        Assert.Equal([5_000m, 100m], loan["repayments"]!.AsArray().Select(r => (decimal)r!["amount"]!));

        // and a double click: the page sends it once
        await page.GotoAsync($"{portal.BaseUrl}/loans/{loanId}");
        await page.FillAsync("input[name='Pay.Amount']", "50");
        await page.ClickAsync("[data-test=repay]");
        await page.Locator("[data-test=confirm-panel]").WaitForAsync();
        var posts = 0;
        page.Request += (_, r) => { if (r.Method == "POST" && r.Url.Contains("/loans/")) Interlocked.Increment(ref posts); };
        await page.DblClickAsync("[data-test=confirm-yes]");
        await page.WaitForURLAsync("**/loans/*done=repay*");
        Assert.Equal(1, posts);
        Assert.Equal(3, (await LoanOf(bank, loanId))["repayments"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_officer_on_a_phone_repays_early_shortening_the_term_after_seeing_the_new_schedule()
    {
        var (bank, userName, productId) = await BankAsync();
        var loanId = await LoanAsync(bank, productId);
        var phone = await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await phone.GotoAsync($"{portal.BaseUrl}/loans/{loanId}");
        await phone.WaitForSelectorAsync("[data-test=prepay-form]");
        await CheckAsync(phone, "phone-loan-officer", phone: true);

        await phone.FillAsync("input[name='Prepay.Amount']", "60000");
        await phone.CheckAsync("input[name='Prepay.Mode'][value=ShortenTerm]");
        await phone.ClickAsync("[data-test=prepay]");
        var panel = phone.Locator("[data-test=confirm-panel]");
        await panel.WaitForAsync();
        Assert.Contains("缩短期限", await panel.Locator("h2").InnerTextAsync());
        Assert.Equal("12", (await phone.InnerTextAsync("[data-test=left-before]")).Trim());
        var left = int.Parse((await phone.InnerTextAsync("[data-test=left-after]")).Trim());
        Assert.InRange(left, 1, 11);
        Assert.Contains("（提前还款）", await phone.InnerTextAsync("[data-test=preview-schedule]"));
        await CheckAsync(phone, "phone-loan-prepay-confirm", phone: true);
        Assert.Empty((await LoanOf(bank, loanId))["repayments"]!.AsArray());                 // a preview records nothing

        await phone.ClickAsync("[data-test=confirm-yes]");
        await phone.WaitForURLAsync("**/loans/*done=prepay*");
        Assert.Contains("提前还款已登记", await phone.InnerTextAsync("[data-test=done]"));
        var loan = await LoanOf(bank, loanId);
        var schedule = loan["schedule"]!.AsArray();
        Assert.Equal(left, schedule.Count(r => !(bool)r!["isPrepayment"]!));                // the term the preview showed, shorter than 12
        Assert.Single(schedule, r => (bool)r!["isPrepayment"]!);
        Assert.Equal(60_000m, (decimal)loan["outstandingPrincipal"]!);
        Assert.Equal(schedule.Count, await phone.Locator("[data-test=schedule] tbody tr").CountAsync());
        Assert.Equal("60,000.00 元", (await phone.InnerTextAsync("[data-test=outstanding]")).Trim());
        await CheckAsync(phone, "phone-loan-prepaid", phone: true);
    }

    [Fact]
    public async Task The_list_shows_the_portfolio_as_tiles_and_the_bureau_only_reads()
    {
        var (bank, userName, productId) = await BankAsync();
        var loanId = await LoanAsync(bank, productId);
        var settled = await LoanAsync(bank, productId, 80_000m);
        (await bank.Officer.PostAsJsonAsync($"/api/loans/{settled}/repayments",
            new { amount = (decimal)(await LoanOf(bank, settled))["outstanding"]!, paidOn = Today })).EnsureSuccessStatusCode();

        var page = await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await page.ClickAsync("[data-test=nav-loans]");
        await page.WaitForURLAsync("**/loans");
        Assert.Equal("12 万元", (await page.InnerTextAsync("[data-test=tile-balance]")).Trim());  // the settled loan owes nothing
        Assert.Equal("1", (await page.InnerTextAsync("[data-test=tile-loans]")).Trim());
        Assert.Equal("0 万元", (await page.InnerTextAsync("[data-test=tile-overdue]")).Trim());
        Assert.Equal("0 万元", (await page.InnerTextAsync("[data-test=tile-npl]")).Trim());
        Assert.Equal("0.00%", (await page.InnerTextAsync("[data-test=tile-npl-ratio]")).Trim());
        Assert.Contains(Today, await page.InnerTextAsync("[data-test=loans-portfolio] h2"));
        Assert.Equal(2, await page.Locator("[data-test=loans] tbody tr").CountAsync());
        Assert.Equal("right", await page.Locator($"[data-test=loans] tr[data-id='{loanId}'] td.num").First
            .EvaluateAsync<string>("td => getComputedStyle(td).textAlign"));
        await CheckAsync(page, "loans");

        var phone = await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await phone.GotoAsync($"{portal.BaseUrl}/loans");
        await phone.WaitForSelectorAsync("[data-test=portfolio-tiles]");
        await CheckAsync(phone, "phone-loans", phone: true);
        var link = phone.Locator($"[data-test=loans] tr[data-id='{loanId}'] a");
        Assert.True((await link.BoundingBoxAsync())!.Height >= 44);

        // the bureau: the county's figures, and the loan without the bank's forms
        var bureau = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await bureau.GotoAsync($"{portal.BaseUrl}/loans");
        Assert.True(int.Parse((await bureau.InnerTextAsync("[data-test=tile-loans]")).Trim()) >= 1);
        await PortalBrowser.AssertChineseAsync(bureau);
        await PortalBrowser.AssertAccessibleAsync(bureau);
        await bureau.GotoAsync($"{portal.BaseUrl}/loans/{loanId}");
        await bureau.WaitForSelectorAsync("[data-test=schedule]");
        Assert.Equal(0, await bureau.Locator("[data-test=loan-actions]").CountAsync());
        Assert.Equal(0, await bureau.Locator("main form[method=post]").CountAsync());
        await PortalBrowser.AssertChineseAsync(bureau);
        await PortalBrowser.AssertAccessibleAsync(bureau);
    }
}
