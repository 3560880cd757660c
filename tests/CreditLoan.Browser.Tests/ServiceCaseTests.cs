using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// 办不成事 and 好差评 in the portal (issue 19), end to end through the pages: an enterprise lodges a case from its application page
/// (checked once more before it is sent), the bureau triages it and assigns it to the bank by name, the bank answers from its case
/// inbox with the countdown, the bureau closes it after a confirmation, the enterprise rates the closed case and the bank's decision
/// (each once, confirmed); the 考核 ranking on the bureau's dashboard and its download. At the counter an agent records a villager's
/// rating right after the receipt (a bad one opens a follow-up in the station's inbox) and lodges a case for the villager (name and
/// phone required). Every page: Chinese only and axe-core; on a 390 px phone no sideways scroll and 44 px touch targets.
/// </summary>
public sealed class ServiceCaseTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static async Task CheckAsync(IPage page, string screenshot, bool phone = false)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        if (phone)
        {
            await PortalBrowser.AssertNoSidewaysScrollAsync(page);
            var small = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main a, main button, main input, main select, main textarea')]
                .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0 && e.getBoundingClientRect().height < 44)
                .map(e => e.outerHTML.slice(0, 100))");
            Assert.True(small.Length == 0, $"{page.Url}: under 44 px: {string.Join(" | ", small)}");
        }
        await PortalBrowser.ScreenshotAsync(page, screenshot);
    }

    private async Task<string> OfficerAsync(Guid bankId)
    {
        var userName = TestData.UserName("officer");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bankId}/users",
            new { userName, password = Scenarios.Password, displayName = "信贷员" })).EnsureSuccessStatusCode();
        return userName;
    }

    [Fact]
    public async Task A_case_is_lodged_from_the_application_triaged_to_the_bank_answered_closed_and_rated()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var officer = await OfficerAsync(bank.BankId);
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "农户经营贷");
        var enterprise = await app.NewEnterpriseAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 80_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var applicationId = (string)application["id"]!;
        await (await bank.Officer.PostAsync($"/api/applications/{applicationId}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{applicationId}/approve",
            new { amount = 80_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.OK);

        // the enterprise lodges from its application page: checked once more, then numbered
        var ent = await portal.SignedInPageAsync(enterprise.UserName, Scenarios.Password, "**/products");
        await ent.GotoAsync($"{portal.BaseUrl}/enterprise/applications/{applicationId}");
        await ent.ClickAsync("[data-test=lodge-case]");
        await ent.WaitForURLAsync("**/cases/new?subject=Application*");
        Assert.Contains((string)application["number"]!, await ent.InnerTextAsync("[data-test=about]"));
        Assert.Contains("定州农商银行", await ent.InnerTextAsync("[data-test=about]"));
        const string problem = "申请获批一周了，银行一直没有通知签约，打电话也没人接。";
        await ent.FillAsync("[data-test=description]", problem);
        await ent.ClickAsync("[data-test=lodge]");
        await ent.WaitForSelectorAsync("[data-test=confirm-lodge]");
        Assert.Contains(problem, await ent.InnerTextAsync("[data-test=review-description]"));
        Assert.Equal(0, (int)(await (await enterprise.Client.GetAsync("/api/cases")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);   // not yet sent
        await CheckAsync(ent, "case-lodge-confirm");
        await ent.ClickAsync("[data-test=confirm-lodge] [data-test=confirm]");
        await ent.WaitForURLAsync("**/cases/*?done=lodged");
        var caseNo = (await ent.InnerTextAsync("[data-test=case-no]")).Trim();
        Assert.Matches(@"^BJ\d{13}$", caseNo);
        Assert.Contains(caseNo, await ent.InnerTextAsync("[data-test=done]"));
        Assert.Contains("待分办", await ent.InnerTextAsync("[data-test=status]"));
        var caseUrl = ent.Url.Split('?')[0];
        var caseId = caseUrl.Split('/').Last();
        await CheckAsync(ent, "case-lodged");

        // the bureau's queue: the case waiting for triage; assigned to the bank, named; the due time on the working-day calendar
        var desk = await portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await desk.ClickAsync("[data-test=nav-cases]");
        await desk.WaitForURLAsync("**/cases");
        var row = desk.Locator($"[data-test=case][data-no='{caseNo}']");
        Assert.Contains("待分办", await row.Locator("[data-test=status]").InnerTextAsync());
        await CheckAsync(desk, "case-queue");
        await row.Locator("[data-test=open]").ClickAsync();
        await desk.WaitForSelectorAsync("[data-test=triage-form]");
        Assert.Contains("银行：定州农商银行", await desk.InnerTextAsync("[data-test=assign-choice]"));
        await desk.SelectOptionAsync("[data-test=tier-choice]", "Ordinary");
        await desk.SelectOptionAsync("[data-test=cause-choice]", "StaffConduct");
        await desk.SelectOptionAsync("[data-test=assign-choice]", "Bank");
        await CheckAsync(desk, "case-triage");
        var stale = await desk.Context.NewPageAsync();                                                   // a colleague has the same case open
        await stale.GotoAsync(desk.Url);
        await desk.ClickAsync("[data-test=triage-button]");
        await desk.WaitForURLAsync("**done=triaged*");
        await stale.SelectOptionAsync("[data-test=assign-choice]", "Bureau");
        await stale.ClickAsync("[data-test=triage-button]");                                            // too late: refused, in Chinese
        Assert.Contains("当前状态为“办理中”", await stale.InnerTextAsync("[data-test=triage] [data-test=message]"));
        await stale.CloseAsync();
        Assert.Equal("定州农商银行", (await desk.InnerTextAsync("[data-test=assignee]")).Trim());
        Assert.Contains("一般", await desk.InnerTextAsync("[data-test=tier]"));
        Assert.Contains("剩余", await desk.InnerTextAsync("[data-test=countdown]"));
        Assert.EndsWith("24:00", (await desk.InnerTextAsync("[data-test=due]")).Trim());              // the end of the third working day

        // the bank's inbox with the countdown; the answer, read back before it is sent
        var bankPage = await portal.SignedInPageAsync(officer, Scenarios.Password, "**/bank/inbox");
        await bankPage.ClickAsync("[data-test=nav-cases]");
        await bankPage.WaitForURLAsync("**/cases");
        var inboxRow = bankPage.Locator($"[data-test=case][data-no='{caseNo}']");
        Assert.StartsWith("剩余", (await inboxRow.Locator("[data-test=countdown]").InnerTextAsync()).Trim());
        await CheckAsync(bankPage, "case-bank-inbox");
        await inboxRow.Locator("[data-test=open]").ClickAsync();
        await bankPage.WaitForSelectorAsync("[data-test=reply-form]");
        const string answer = "已联系企业，签约安排在本周五上午，信贷员电话已告知。";
        await bankPage.FillAsync("[data-test=answer-text]", answer);
        await bankPage.ClickAsync("[data-test=reply-button]");
        await bankPage.WaitForSelectorAsync("[data-test=confirm-reply]");
        await CheckAsync(bankPage, "case-reply-confirm");
        await bankPage.ClickAsync("[data-test=confirm-reply] [data-test=confirm]");
        await bankPage.WaitForURLAsync("**done=answered*");
        Assert.Contains(answer, await bankPage.InnerTextAsync("[data-test=answer]"));

        // the bureau closes it: the outcome and the reason, asked once more
        await desk.GotoAsync(caseUrl);
        await desk.WaitForSelectorAsync("[data-test=close-form]");
        await desk.SelectOptionAsync("[data-test=outcome-choice]", "Fixed");
        await desk.FillAsync("[data-test=reason-text]", "银行已安排签约，问题已解决。");
        await desk.ClickAsync("[data-test=close-button]");
        await desk.WaitForSelectorAsync("[data-test=confirm-close]");
        Assert.Contains("已解决", await desk.InnerTextAsync("[data-test=review-outcome]"));
        Assert.Equal("Answered", (string)(await (await (await app.BureauAsync()).GetAsync($"/api/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK))["status"]!);
        await CheckAsync(desk, "case-close-confirm");
        await desk.ClickAsync("[data-test=confirm-close] [data-test=confirm]");
        await desk.WaitForURLAsync("**done=closed*");
        Assert.Contains("按时答复", await desk.InnerTextAsync("[data-test=on-time]"));

        // the enterprise follows the timeline and rates the closed case, once
        await ent.GotoAsync(caseUrl);
        Assert.Contains("已办结", await ent.InnerTextAsync("[data-test=status]"));
        Assert.Equal(4, await ent.Locator("[data-test=timeline] li").CountAsync());
        Assert.Contains("银行已安排签约", await ent.InnerTextAsync("[data-test=reason]"));
        await ent.SelectOptionAsync("[data-test=rating] [data-test=score]", "5");
        await ent.FillAsync("[data-test=rating] [data-test=comment]", "处理及时");
        await ent.ClickAsync("[data-test=rate-button]");
        await ent.WaitForSelectorAsync("[data-test=confirm-rating]");
        Assert.Contains("非常满意", await ent.InnerTextAsync("[data-test=review-score]"));
        await CheckAsync(ent, "case-rate-confirm");
        await ent.ClickAsync("[data-test=confirm-rating] [data-test=confirm]");
        await ent.WaitForURLAsync("**done=rated*");
        Assert.Contains("非常满意", await ent.InnerTextAsync("[data-test=rated]"));
        Assert.Equal(0, await ent.Locator("[data-test=rate-button]").CountAsync());                     // once only
        await CheckAsync(ent, "case-closed-rated");
        Assert.Equal(HttpStatusCode.Conflict, (await enterprise.Client.PostAsJsonAsync("/api/ratings",
            new { subjectType = "Case", subjectId = caseId, score = 1 })).StatusCode);

        // and the bank's decision on its application page
        await ent.GotoAsync($"{portal.BaseUrl}/enterprise/applications/{applicationId}");
        await ent.SelectOptionAsync("[data-test=rating] [data-test=score]", "4");
        await ent.ClickAsync("[data-test=rate-button]");
        await ent.ClickAsync("[data-test=confirm-rating] [data-test=confirm]");
        await ent.WaitForURLAsync("**done=rated*");
        Assert.Contains("满意", await ent.InnerTextAsync("[data-test=rated]"));
        await CheckAsync(ent, "case-application-rated");

        // on a phone: the enterprise's cases and the case, the bank's inbox, the bureau's queue
        var entPhone = await portal.SignedInPhonePageAsync(enterprise.UserName, Scenarios.Password, "**/products");
        await entPhone.GotoAsync($"{portal.BaseUrl}/cases");
        Assert.Equal(1, await entPhone.Locator("[data-test=case]").CountAsync());
        await CheckAsync(entPhone, "case-list-phone", phone: true);
        await entPhone.GotoAsync(caseUrl);
        await CheckAsync(entPhone, "case-closed-phone", phone: true);
        var bankPhone = await portal.SignedInPhonePageAsync(officer, Scenarios.Password, "**/bank/inbox");
        await bankPhone.GotoAsync($"{portal.BaseUrl}/cases");
        await CheckAsync(bankPhone, "case-bank-inbox-phone", phone: true);

        // the 考核 ranking on the dashboard: one case, closed on time, two ratings (5 and 4) for the bank; its download
        await desk.GotoAsync($"{portal.BaseUrl}/bureau");
        await desk.WaitForSelectorAsync("[data-test=tiles][data-ready]");
        var rank = desk.Locator("[data-test=ranking-bank] [data-test=ranking-row][data-name='定州农商银行']");
        Assert.Equal("1", (await rank.Locator("[data-test=cases]").InnerTextAsync()).Trim());
        Assert.Equal("1 / 1", (await rank.Locator("[data-test=on-time]").InnerTextAsync()).Trim());
        Assert.Equal("2", (await rank.Locator("[data-test=ratings]").InnerTextAsync()).Trim());
        Assert.Equal("4.50", (await rank.Locator("[data-test=avg]").InnerTextAsync()).Trim());
        Assert.Equal("100.0", (await rank.Locator("[data-test=satisfaction]").InnerTextAsync()).Trim());
        await rank.ScrollIntoViewIfNeededAsync();
        await CheckAsync(desk, "bureau-ranking");
        var href = await desk.GetAttributeAsync("[data-test=export-ranking-bank]", "href");
        var csv = await desk.APIRequest.GetAsync(portal.BaseUrl + href!.Replace("format=xlsx", "format=csv"));
        Assert.Equal(200, csv.Status);
        var text = await csv.TextAsync();
        foreach (var part in new[] { "服务考核（分银行）", "受理诉求数", "满意率（%）", "定州农商银行", "合计" }) Assert.Contains(part, text);
        await bankPhone.GotoAsync($"{portal.BaseUrl}/bank/dashboard");                                  // the bank sees its own row
        var own = bankPhone.Locator("[data-test=ranking-bank] [data-test=ranking-row]");
        Assert.Equal(1, await own.CountAsync());
        Assert.Equal("定州农商银行", await own.GetAttributeAsync("data-name"));
        await CheckAsync(bankPhone, "bank-ranking-phone", phone: true);
        var deskPhone = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
        await deskPhone.GotoAsync($"{portal.BaseUrl}/cases?status=Closed");
        Assert.True(await deskPhone.Locator($"[data-test=case][data-no='{caseNo}']").CountAsync() == 1);
        await CheckAsync(deskPhone, "case-queue-phone", phone: true);

        // the bureau lodges for a caller on the phone line: the bank chosen by name, no name or phone needed
        await deskPhone.GotoAsync($"{portal.BaseUrl}/cases/new");
        await deskPhone.SelectOptionAsync("[data-test=about-choice]", $"Bank:{bank.BankId}");
        await deskPhone.FillAsync("[data-test=description]", "来电反映：到银行网点咨询信用贷款，工作人员说要找平台。");
        await CheckAsync(deskPhone, "case-bureau-lodge-phone", phone: true);
        await deskPhone.ClickAsync("[data-test=lodge]");
        await deskPhone.WaitForSelectorAsync("[data-test=confirm-lodge]");
        Assert.Contains("银行：定州农商银行", await deskPhone.InnerTextAsync("[data-test=review-about]"));
        await deskPhone.ClickAsync("[data-test=confirm-lodge] [data-test=confirm]");
        await deskPhone.WaitForURLAsync("**/cases/*?done=lodged");
        Assert.Contains("行政审批局登记", await deskPhone.InnerTextAsync("[data-test=case-facts]"));
        await deskPhone.WaitForSelectorAsync("[data-test=triage-form]");
        await CheckAsync(deskPhone, "case-bureau-lodged-phone", phone: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_agent_records_a_villagers_rating_after_the_receipt_and_lodges_a_case_for_the_villager(bool phone)
    {
        var app = portal.App;
        var suffix = phone ? "-phone" : "";
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId, phone ? "东亭村服务站" : "翟村服务站", phone ? "130682105200" : "130682101200");
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        var page = phone
            ? await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station")
            : await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");

        // a deposit at the counter, then the villager's rating offered with the receipt
        await page.SelectOptionAsync("select[name='Service.Type']", "CashDeposit");
        await page.FillAsync("input[name='Service.AccountNo']", account);
        await page.FillAsync("input[name='Service.Amount']", "200");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        var txId = page.Url.Split("receipt=")[1].Split('&')[0];
        await page.ClickAsync("[data-test=rate-link]");
        await page.WaitForURLAsync($"**/station/receipts/{txId}*");
        await page.SelectOptionAsync("[data-test=rating] [data-test=score]", "2");
        await page.FillAsync("[data-test=rating] [data-test=comment]", "排队太久");
        await page.ClickAsync("[data-test=rate-button]");
        await page.WaitForSelectorAsync("[data-test=confirm-rating]");
        await CheckAsync(page, "station-rating-confirm" + suffix, phone);
        await page.ClickAsync("[data-test=confirm-rating] [data-test=confirm]");
        await page.WaitForURLAsync("**done=rated*");
        Assert.Contains("不满意", await page.InnerTextAsync("[data-test=rated]"));
        await CheckAsync(page, "station-rated" + suffix, phone);

        // a 2 opens a follow-up (回访整改) assigned to the station itself: in its inbox, to answer
        await page.ClickAsync("[data-test=follow-up-link]");
        await page.WaitForSelectorAsync("[data-test=reply-form]");
        Assert.Contains("回访整改", await page.InnerTextAsync("[data-test=description]"));
        Assert.Equal(phone ? "东亭村服务站" : "翟村服务站", (await page.InnerTextAsync("[data-test=assignee]")).Trim());

        // the villager's own case about the transaction: name and phone required, checked once more, then numbered
        await page.GotoAsync($"{portal.BaseUrl}/station/receipts/{txId}");
        await page.ClickAsync("[data-test=lodge-case]");
        await page.WaitForURLAsync("**/cases/new?subject=StationTransaction*");
        await page.FillAsync("[data-test=description]", "存款时代办员态度不好，还让我等了四十分钟。");
        await page.EvaluateAsync("() => document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");   // the server checks too
        await page.ClickAsync("[data-test=lodge]");
        Assert.Contains("姓名和手机号码", await page.InnerTextAsync("[data-field=onBehalfOf]"));
        await page.FillAsync("[data-test=person-name]", "王大爷");
        await page.FillAsync("[data-test=person-phone]", "13912345678");
        await page.ClickAsync("[data-test=lodge]");
        await page.WaitForSelectorAsync("[data-test=confirm-lodge]");
        Assert.Contains("王大爷 · 13912345678", await page.InnerTextAsync("[data-test=review-person]"));
        await CheckAsync(page, "station-lodge-confirm" + suffix, phone);
        await page.ClickAsync("[data-test=confirm-lodge] [data-test=confirm]");
        await page.WaitForURLAsync("**/cases/*?done=lodged");
        Assert.Contains("王大爷 · 13912345678", await page.InnerTextAsync("[data-test=person]"));
        Assert.Contains("服务站代群众反映", await page.InnerTextAsync("[data-test=case-facts]"));
        await CheckAsync(page, "station-case-lodged" + suffix, phone);

        // the station's inbox: the follow-up (assigned, with its countdown) and the villager's case (waiting for triage)
        await page.GotoAsync($"{portal.BaseUrl}/cases");
        Assert.Equal(2, await page.Locator("[data-test=case]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-test=case] [data-test=countdown]").CountAsync());
        await CheckAsync(page, "station-cases" + suffix, phone);
        var cases = await (await station.Agent.GetAsync("/api/cases")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)cases["total"]!);
    }
}
