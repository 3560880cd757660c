using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// Issue 18, the counter end to end on an office screen and a 390 px phone: a deposit confirmed with the holder, the bank and
/// the amount in capitals, its receipt (58 mm and A4, with the signature lines), a withdrawal over the limit refused in
/// Chinese, and a reversal that asks first and leaves its row without 冲正.
/// </summary>
public sealed class StationReceiptTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_deposit_is_confirmed_with_the_holder_printed_with_capitals_and_reversed_after_asking(bool phone)
    {
        var app = portal.App;
        var suffix = phone ? "-phone" : "";
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId, phone ? "东亭村服务站" : "翟村服务站", phone ? "130682105200" : "130682101200");
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "张三华", idNumber = "11010519491231002X", openingBalance = 3_000m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        var li = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "李四", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        var page = phone
            ? await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station")
            : await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");

        async Task Checked(string name)
        {
            await PortalBrowser.AssertChineseAsync(page);
            await PortalBrowser.AssertAccessibleAsync(page);
            if (phone) await PortalBrowser.AssertNoSidewaysScrollAsync(page);
            await PortalBrowser.ScreenshotAsync(page, name + suffix);
        }

        async Task Ask(string type, string amount)
        {
            await page.SelectOptionAsync("select[name='Service.Type']", type);
            await page.FillAsync("input[name='Service.AccountNo']", account);
            await page.FillAsync("input[name='Service.Amount']", amount);
            await page.ClickAsync("form[data-test=service] button[type=submit]");
            await page.WaitForSelectorAsync("[data-test=confirm-service]");
        }

        // cash from the bank first (领现)
        await page.FillAsync("form[data-test=cash-Replenish] input[name='Cash.Amount']", "5000");
        await page.ClickAsync("form[data-test=cash-Replenish] button[type=submit]");
        await page.WaitForURLAsync("**/station?receipt=**");
        await Checked("station-counter-cash");

        // the deposit: nothing posts until the agent has read the holder, the bank and the amount in capitals back
        await Ask("CashDeposit", "1234.56");
        Assert.Equal("张*华", (await page.InnerTextAsync("[data-test=holder]")).Trim());
        Assert.Equal("定州农商银行", (await page.InnerTextAsync("[data-test=bank]")).Trim());
        Assert.Equal("¥1,234.56", (await page.InnerTextAsync("[data-test=amount-figures]")).Trim());
        Assert.Equal("壹仟贰佰叁拾肆元伍角陆分", (await page.InnerTextAsync("[data-test=amount-capitals]")).Trim());
        Assert.DoesNotContain(account, await page.InnerTextAsync("[data-test=confirm-service]"));   // the number is shown masked
        var before = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)before["total"]!);                                                        // only the replenishment
        await Checked("station-confirm-deposit");
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        Assert.Contains("壹仟贰佰叁拾肆元伍角陆分", await page.InnerTextAsync("[data-test=receipt-capitals]"));

        // its receipt: station, bank, holder, figures and capitals, balance, the signature lines; 58 mm, then A4
        await page.ClickAsync("[data-test=print]");
        await page.WaitForURLAsync("**/station/receipts/**");
        var slip = await page.InnerTextAsync("[data-test=receipt-slip]");
        foreach (var part in new[] { "定州农商银行", "张*华", "¥1,234.56", "壹仟贰佰叁拾肆元伍角陆分", "¥4,234.56", "客户签名", "代办员签字", "业务日期", "交易时间（北京时间）" })
            Assert.Contains(part, slip);
        Assert.Contains("portal-slip-58", await page.GetAttributeAsync("[data-test=receipt-slip]", "class"));
        await Checked("station-receipt-58");
        Assert.InRange(PrintedWidth(await page.PdfAsync(new() { PreferCSSPageSize = true })), 160, 169);      // 58 mm = 164.4 pt
        var receiptUrl = page.Url;
        await page.ClickAsync("[data-test=paper-a4]");
        await page.WaitForURLAsync("**paper=a4");
        await page.WaitForSelectorAsync("[data-test=receipt-slip].portal-slip-a4");      // (an enhanced navigation: the address changes first)
        await Checked("station-receipt-a4");
        Assert.InRange(PrintedWidth(await page.PdfAsync(new() { PreferCSSPageSize = true })), 590, 600);      // A4 = 595 pt
        // printed: the slip alone, without the portal's header and the paper switch
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("header.portal-header"));
        Assert.False(await page.IsVisibleAsync("[data-test=paper]"));
        Assert.True(await page.IsVisibleAsync("[data-test=customer-signature]"));
        await PortalBrowser.ScreenshotAsync(page, "station-receipt-a4-print" + suffix);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        // the former address still leads there
        var id = receiptUrl[(receiptUrl.LastIndexOf('/') + 1)..];
        await page.GotoAsync($"{portal.BaseUrl}/station/receipt/{id}");
        await page.WaitForURLAsync($"**/station/receipts/{id}");

        // a transfer names both holders; 返回修改 goes back to the form with what was typed, nothing posted
        await page.GotoAsync(portal.BaseUrl + "/station");
        await page.FillAsync("input[name='Service.ToAccountNo']", li);
        await Ask("Transfer", "34.56");
        Assert.Equal("张*华", (await page.InnerTextAsync("[data-test=holder]")).Trim());
        Assert.Equal("李*", (await page.InnerTextAsync("[data-test=to-holder]")).Trim());
        Assert.Equal("叁拾肆元伍角陆分", (await page.InnerTextAsync("[data-test=amount-capitals]")).Trim());
        await page.ClickAsync("[data-test=confirm-service] [data-test=edit]");
        await page.WaitForSelectorAsync("form[data-test=service]");
        Assert.Equal("Transfer", await page.InputValueAsync("select[name='Service.Type']"));
        Assert.Equal(li, await page.InputValueAsync("input[name='Service.ToAccountNo']"));
        Assert.Equal("34.56", await page.InputValueAsync("input[name='Service.Amount']"));
        // a number the partner bank does not have is refused next to it before anything is asked
        await page.FillAsync("input[name='Service.ToAccountNo']", "6200000000000000");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.WaitForSelectorAsync("[data-field=toAccountNo]");
        Assert.Contains("没有这个账号", await page.InnerTextAsync("[data-field=toAccountNo]"));
        Assert.Equal(0, await page.Locator("[data-test=confirm-service]").CountAsync());
        await Checked("station-account-unknown");

        // a withdrawal over the bank's limit (2,000 yuan a time): refused in Chinese next to the amount, nothing posted
        await page.GotoAsync(portal.BaseUrl + "/station");
        await Ask("CashWithdrawal", "2500");
        Assert.Equal("贰仟伍佰元整", (await page.InnerTextAsync("[data-test=amount-capitals]")).Trim());
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-field=amount]");
        var refusal = (await page.InnerTextAsync("[data-field=amount]")).Trim();
        Assert.Equal("单笔取款不能超过 2,000.00 元（本行规定），请分次办理或到银行网点办理。", refusal);   // Refusal_WithdrawalOverPerTransaction
        Assert.Equal("2500", await page.InputValueAsync("input[name='Service.Amount']"));
        await Checked("station-withdrawal-refused");
        var after = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)after["total"]!);

        // 冲正: the counter says what will happen first; then the deposit's row shows 已冲正 and offers no 冲正
        var row = page.Locator("[data-test=today] tbody tr", new() { HasText = "存款" });
        await row.Locator("[data-test=reverse]").ClickAsync();
        var effect = await page.InnerTextAsync("[data-test=reverse-effect]");
        Assert.Contains("1,234.56", effect);
        Assert.Contains("扣回", effect);
        await Checked("station-confirm-reversal");
        Assert.Equal(2, (int)(await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);
        await page.ClickAsync("[data-test=confirm-reverse] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        Assert.Contains("冲正", await page.InnerTextAsync("[data-test=receipt]"));
        Assert.Equal(0, await row.Locator("[data-test=reverse]").CountAsync());
        Assert.Contains("已冲正", await row.InnerTextAsync());
        Assert.Equal(1, await page.Locator("[data-test=today] [data-test=reverse]").CountAsync());  // the replenishment's only: not the reversal's
        await Checked("station-reversed");

        if (phone)
        {
            // today's list fits the phone as cards, and every link and button in it is a touch target of 44 px or more
            var width = await page.EvaluateAsync<double>("() => document.querySelector('[data-test=today]').getBoundingClientRect().width");
            Assert.True(width <= 390, $"today's list is {width} px wide");
            await PortalBrowser.AssertTouchTargetsAsync(page, "[data-test=today]");
        }
    }

    /// <summary>The width in points of the first page of a PDF the browser printed (its MediaBox).</summary>
    private static double PrintedWidth(byte[] pdf)
    {
        var box = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+[0-9.]+");
        Assert.True(box.Success, "no MediaBox in the printed PDF");
        return double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
