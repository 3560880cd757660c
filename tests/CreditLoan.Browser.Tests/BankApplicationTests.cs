using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// A bank officer's work in the browser (issue 17), on a desktop and on a 390 px phone, every page checked with axe-core and
/// for English: the inbox with who, what and how much; the application page; the credit report read (and audited); an
/// approval with 先息后本 from a product that offers nothing else of 等额本息's kind; 双人复核 by two officers; a prospect invited;
/// the bank's own statistics.
/// </summary>
public sealed class BankApplicationTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private async Task<string> OfficerAsync(Guid bankId)
    {
        var userName = TestData.UserName("officer");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        return userName;
    }

    private async Task<(EnterpriseSetup Enterprise, JsonObject Application)> ApplyAsync(JsonObject product, string name, decimal amount, string purpose)
    {
        var code = TestData.CreditCode();
        var enterprise = await portal.App.NewEnterpriseAsync(TestData.RegistryRow(code, name), code);
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs", new { amount, termMonths = 12, purpose, collateral = "None" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, needId = (string)need["id"]!, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return (enterprise, application);
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.ScreenshotAsync(page, screenshot);
    }

    /// <summary>Fills the approval's terms once the schedule preview follows them (the terms are an interactive part of the page).</summary>
    private static async Task FillTermsAsync(IPage page, string method, string rate, string term)
    {
        await page.WaitForSelectorAsync("[data-test=terms][data-ready]");
        await page.CheckAsync($"[data-test=method-{method}]");
        await page.FillAsync("[data-test=rate]", rate);
        await page.FillAsync("[data-test=term]", term);
        await page.WaitForSelectorAsync("[data-test=preview]");
    }

    [Fact]
    public async Task An_officer_opens_the_application_reads_the_credit_report_and_approves_interest_only()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var userName = await OfficerAsync(bank.BankId);
        // a 纳税e贷: 先息后本 or 到期一次还本付息 only — before issue 17 it could not be approved in the portal at all
        var product = await bank.Officer.CreateProductAsync(p =>
        {
            p["name"] = "纳税e贷";
            p["repaymentMethods"] = new JsonArray("InterestOnly", "BulletPayment");
        });
        var (enterprise, application) = await ApplyAsync(product, "定州市牛牛养殖专业合作社", 200_000m, "购买饲料和肉牛犊");
        await ApplyAsync(product, "定州市羊羊养殖场", 30_000m, "扩建羊舍");
        var id = (string)application["id"]!;

        // the inbox: who, what, how much, by when; found by name
        var page = await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
        var row = page.Locator($"[data-test=application][data-id='{id}']");
        var text = await row.InnerTextAsync();
        Assert.Contains("定州市牛牛养殖专业合作社", text);
        Assert.Contains("纳税e贷", text);
        Assert.Contains("购买饲料和肉牛犊", text);
        Assert.Contains("200,000.00", text);
        Assert.Contains("剩余", await row.Locator("[data-test=countdown]").InnerTextAsync());
        Assert.Equal("true", await page.EvaluateAsync<string>("() => String(getComputedStyle(document.querySelector('[data-test=amount]')).textAlign === 'right')"));
        await CheckAsync(page, "bank-inbox");
        await page.FillAsync("[data-test=search]", "牛牛");
        await page.ClickAsync("[data-test=inbox-search] button[type=submit]");
        await page.WaitForURLAsync("**q=**");
        Assert.Equal(1, await page.Locator("[data-test=application]").CountAsync());

        // the application page: the enterprise, its need, the product, the limits
        await row.Locator("[data-test=open]").ClickAsync();
        await page.WaitForURLAsync($"**/bank/applications/{id}");
        Assert.Equal(enterprise.CreditCode, (await page.InnerTextAsync("[data-test=credit-code]")).Trim());
        Assert.Contains("130682101", await page.InnerTextAsync("[data-test=township]"));
        Assert.Contains("购买饲料和肉牛犊", await page.InnerTextAsync("[data-test=purpose]"));
        Assert.Equal("先息后本、到期一次还本付息", (await page.InnerTextAsync("[data-test=product-methods]")).Trim());
        Assert.Contains("剩余", await page.InnerTextAsync("[data-test=countdown]"));
        await page.ClickAsync("[data-test=accept]");
        await page.WaitForURLAsync("**done=accept#act");

        // the credit report, read through the API's query: the read is in the audit log
        await page.ClickAsync("[data-test=read-report]");
        await page.WaitForSelectorAsync("[data-test=factors]");
        Assert.Contains("满", await page.InnerTextAsync("[data-test=factors]"));            // the years' detail in Chinese
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var reads = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditLog.AsNoTracking()
                .Where(a => a.Action == "ReadCreditReport" && a.EntityId == enterprise.EnterpriseId.ToString()).ToListAsync();
            var read = Assert.Single(reads);
            Assert.Equal("Succeeded", read.Outcome);
            Assert.StartsWith(userName, read.Actor);
            Assert.Contains(id, read.Detail);
        }

        // approve with 先息后本: the preview follows the terms, a confirmation before it is sent
        await FillTermsAsync(page, "InterestOnly", "4.35", "12");
        Assert.Contains("先息后本", await page.InnerTextAsync("[data-test=preview-summary]"));
        Assert.Equal(12, await page.Locator("[data-test=preview] tbody tr").CountAsync());
        Assert.Contains("200,000.00", await page.Locator("[data-test=preview] tbody tr").Last.InnerTextAsync());
        await CheckAsync(page, "bank-application");
        await page.ClickAsync("[data-test=approve]");
        await page.WaitForSelectorAsync("[data-test=confirm-panel]");
        Assert.Contains("先息后本", await page.InnerTextAsync("[data-test=confirm-panel]"));
        await CheckAsync(page, "bank-application-confirm");
        await page.ClickAsync("[data-test=confirm-yes]");
        await page.WaitForURLAsync("**done=approve#act");
        Assert.Equal("已批准", (await page.InnerTextAsync("[data-test=status]")).Trim());
        var approved = await (await enterprise.Client.GetAsync($"/api/applications/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("InterestOnly", (string)approved["repaymentMethod"]!);

        // on a phone: the inbox as cards, the application page, disbursal confirmed
        var phone = await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await CheckAsync(phone, "bank-inbox-phone");
        await phone.GotoAsync($"{portal.BaseUrl}/bank/applications/{id}?report=1");
        await phone.WaitForSelectorAsync("[data-test=factors]");
        await CheckAsync(phone, "bank-application-phone");
        await phone.ClickAsync("[data-test=disburse]");
        await phone.WaitForSelectorAsync("[data-test=confirm-panel]");
        await CheckAsync(phone, "bank-application-disburse-phone");
        await phone.ClickAsync("[data-test=confirm-yes]");
        await phone.WaitForURLAsync("**done=disburse#act");
        Assert.Equal("已放款", (await phone.InnerTextAsync("[data-test=status]")).Trim());
        var disbursed = await (await enterprise.Client.GetAsync($"/api/applications/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(200_000m, (decimal)disbursed["disbursedAmount"]!);
        Assert.Equal(Today, (string)disbursed["disbursedOn"]!);
    }

    [Fact]
    public async Task A_second_officer_sees_the_proposed_terms_and_confirms_them_the_maker_is_told_to_wait()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings",
            new { makerCheckerThreshold = 100_000m, withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m, commissions = new { } })).EnsureSuccessStatusCode();
        var (makerName, checkerName) = (await OfficerAsync(bank.BankId), await OfficerAsync(bank.BankId));
        var product = await bank.Officer.CreateProductAsync();
        var (_, application) = await ApplyAsync(product, "定州市牛牛养殖专业合作社", 300_000m, "新建牛舍");
        var url = $"{portal.BaseUrl}/bank/applications/{application["id"]}";

        var maker = await portal.SignedInPageAsync(makerName, Scenarios.Password, "**/bank/inbox");
        await maker.GotoAsync(url);
        await maker.ClickAsync("[data-test=accept]");
        await maker.WaitForURLAsync("**done=accept#act");
        await FillTermsAsync(maker, "InterestOnly", "4.35", "12");
        await maker.ClickAsync("[data-test=approve]");
        await maker.ClickAsync("[data-test=confirm-yes]");
        await maker.WaitForURLAsync("**done=approve-pending#act");
        Assert.Contains("待复核", await maker.InnerTextAsync("[data-test=done]"));
        Assert.Equal("待复核", (await maker.InnerTextAsync("[data-test=status]")).Trim());
        Assert.Contains("待另一位信贷员复核", await maker.InnerTextAsync("[data-test=pending]"));
        Assert.Equal(0, await maker.Locator("[data-test=confirm]").CountAsync());      // never offered to its maker
        await CheckAsync(maker, "bank-maker-waits");

        // the checker, on a phone: the terms and who proposed them, then confirms
        var checker = await portal.SignedInPhonePageAsync(checkerName, Scenarios.Password, "**/bank/inbox");
        Assert.Contains("待复核", await checker.Locator($"[data-test=application][data-id='{application["id"]}']").InnerTextAsync());
        await checker.GotoAsync(url);
        Assert.Equal("300,000.00 元", (await checker.InnerTextAsync("[data-test=terms-amount]")).Trim());
        Assert.Equal("4.35%", (await checker.InnerTextAsync("[data-test=terms-rate]")).Trim());
        Assert.Equal("12 个月", (await checker.InnerTextAsync("[data-test=terms-term]")).Trim());
        Assert.Equal("先息后本", (await checker.InnerTextAsync("[data-test=terms-method]")).Trim());
        Assert.Contains(makerName, await checker.InnerTextAsync("[data-test=terms-proposer]"));
        await CheckAsync(checker, "bank-maker-checker");
        await checker.ClickAsync("[data-test=confirm]");
        Assert.Contains(makerName, await checker.InnerTextAsync("[data-test=confirm-panel]"));
        await checker.ClickAsync("[data-test=confirm-yes]");
        await checker.WaitForURLAsync("**done=confirm#act");
        Assert.Equal("已批准", (await checker.InnerTextAsync("[data-test=status]")).Trim());
        Assert.Contains("经另一位信贷员复核确认", await checker.InnerTextAsync("[data-test=timeline]"));
    }

    [Fact]
    public async Task An_officer_invites_a_prospect_and_reads_the_banks_own_statistics()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var userName = await OfficerAsync(bank.BankId);
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "牧业贷");
        var code = TestData.CreditCode();
        var enterprise = await app.NewEnterpriseAsync(TestData.RegistryRow(code, "定州市牛牛养殖专业合作社"), code);
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs", new { amount = 66_000m, termMonths = 12, purpose = "购买饲料", collateral = "None" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var (_, other) = await ApplyAsync(product, "定州市羊羊养殖场", 30_000m, "扩建羊舍");   // figures for the bank's statistics

        // refusals in Chinese: a rejection without a reason; a step another officer took first (the page was stale)
        var page = await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await page.GotoAsync($"{portal.BaseUrl}/bank/applications/{other["id"]}");
        await page.ClickAsync("[data-test=reject-section] summary");
        await page.ClickAsync("[data-test=reject]");
        Assert.Contains("请选择或填写拒绝理由", await page.InnerTextAsync("[data-field=reason]"));
        await (await bank.Officer.PostAsync($"/api/applications/{other["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await page.ClickAsync("[data-test=accept]");
        Assert.Equal("当前状态为“审批中”，不能受理。请刷新页面查看最新情况。", (await page.InnerTextAsync("[data-test=message]")).Trim());
        await PortalBrowser.AssertChineseAsync(page);

        await page.ClickAsync("[data-test=nav-prospects]");
        await page.WaitForURLAsync("**/bank/prospects");
        await page.WaitForSelectorAsync("[data-test=nav-prospects][aria-current=page]");   // the section's link is highlighted
        var prospect = page.Locator($"[data-test=prospect][data-need='{need["id"]}']");
        Assert.Contains("66,000.00", await prospect.InnerTextAsync());
        Assert.DoesNotContain("牛牛", await prospect.InnerTextAsync());               // masked
        await prospect.Locator("[data-test=invite]").ClickAsync();
        await page.WaitForURLAsync("**done=invite");
        Assert.Contains("已于", await prospect.Locator("[data-test=invited]").InnerTextAsync());
        await CheckAsync(page, "bank-prospects");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Outbox.AsNoTracking()
                .SingleAsync(m => m.Type == "ProspectInvitation" && m.Recipient == $"enterprise:{enterprise.EnterpriseId}");
            Assert.Contains("牧业贷", message.Payload);
        }

        await page.ClickAsync("[data-test=nav-bank-dashboard]");
        await page.WaitForURLAsync("**/bank/dashboard");
        await page.WaitForSelectorAsync("[data-test=by-month]");
        Assert.Equal("1", (await page.InnerTextAsync("[data-test=applications]")).Trim());
        Assert.StartsWith("/export/by-township", await page.GetAttributeAsync("[data-test=export-by-township]", "href"));
        await CheckAsync(page, "bank-dashboard");
        var phone = await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox");
        await phone.GotoAsync(portal.BaseUrl + "/bank/dashboard");
        await CheckAsync(phone, "bank-dashboard-phone");
        await phone.GotoAsync(portal.BaseUrl + "/bank/prospects");
        await CheckAsync(phone, "bank-prospects-phone");
    }
}
