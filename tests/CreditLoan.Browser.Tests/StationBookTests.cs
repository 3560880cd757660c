using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// Issue 18, the agent's books end to end on an office screen and a 390 px phone: the bank keeps its billers (and the bureau
/// the county's), the agent pays a biller chosen from the list and the receipt names it with the bill number, finds the
/// payment again and reprints it, closes the day after reading the 日结单 and confirming, prints the 日结单 (and again from the
/// list), and prints the month's commission statement. Every page: Chinese only, axe-core, no sideways scroll on the phone.
/// </summary>
public sealed class StationBookTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private static async Task CheckedAsync(IPage page, string name, bool phone)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        if (phone)
        {
            await PortalBrowser.AssertNoSidewaysScrollAsync(page);
            await AssertTouchTargetsAsync(page);
        }
        await PortalBrowser.ScreenshotAsync(page, name + (phone ? "-phone" : ""));
    }

    /// <summary>Every visible link, button, input and select of the page's main part is at least 44 px high.</summary>
    private static async Task AssertTouchTargetsAsync(IPage page)
    {
        await PortalBrowser.AssertTouchTargetsAsync(page, except: ".portal-slip, .portal-trail");
    }

    private async Task<IPage> OfficerPageAsync(Guid bankId, bool phone)
    {
        var userName = TestData.UserName("officer");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        return phone
            ? await portal.SignedInPhonePageAsync(userName, Scenarios.Password, "**/bank/inbox")
            : await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_bank_keeps_a_biller_the_agent_pays_it_finds_the_payment_and_reprints_its_receipt(bool phone)
    {
        var app = portal.App;
        var suffix = phone ? "（乙）" : "（甲）";
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId, phone ? "东亭村服务站" : "翟村服务站", phone ? "130682105200" : "130682101200");
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "张三华", idNumber = "11010519491231002X", openingBalance = 3_000m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;

        // the bank's officer adds the water company on the billers page, and retires a wrong entry after confirming
        var officer = await OfficerPageAsync(bank.BankId, phone);
        await officer.ClickAsync("[data-test=nav-billers]");
        await officer.WaitForURLAsync("**/billers");
        foreach (var (name, category) in new[] { ($"定州市供水公司{suffix}", "Water"), ($"错误录入{suffix}", "Other") })
        {
            await officer.FillAsync("[data-test=name]", name);
            await officer.SelectOptionAsync("[data-test=category]", category);
            await officer.FillAsync("[data-test=hint]", "户号为 10 位数字");
            await officer.ClickAsync("[data-test=save]");
            await officer.WaitForSelectorAsync($"tr[data-biller='{name}']");
        }
        Assert.Contains("水费", await officer.InnerTextAsync($"tr[data-biller='定州市供水公司{suffix}']"));
        await officer.ClickAsync($"tr[data-biller='错误录入{suffix}'] [data-test=retire]");
        await officer.WaitForSelectorAsync("[data-test=confirm-retire]");
        Assert.Contains("不能撤销", await officer.InnerTextAsync("[data-test=confirm-retire]"));
        await CheckedAsync(officer, "station-billers-retire", phone);
        await officer.ClickAsync("[data-test=confirm-retire] [data-test=confirm]");
        await officer.WaitForSelectorAsync($"tr[data-biller='错误录入{suffix}'][data-retired=true]");
        await CheckedAsync(officer, "station-billers", phone);

        // the agent: a water bill paid from the account, the biller chosen from the list (the retired one is not offered)
        var page = phone
            ? await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station")
            : await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");
        var offered = await page.Locator("[data-test=biller] option").AllInnerTextsAsync();
        Assert.Contains(offered, o => o.Contains($"定州市供水公司{suffix}"));
        Assert.DoesNotContain(offered, o => o.Contains("错误录入"));
        await page.SelectOptionAsync("select[name='Service.Type']", "UtilityPayment");
        await page.FillAsync("input[name='Service.AccountNo']", account);
        await page.FillAsync("input[name='Service.Amount']", "45.60");
        await page.FillAsync("input[name='Service.BillNo']", "0012345678");
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.WaitForSelectorAsync("[data-field=billerId]");            // no biller chosen: asked for, nothing posted
        Assert.Contains("请选择缴费单位", await page.InnerTextAsync("[data-field=billerId]"));
        await page.SelectOptionAsync("[data-test=biller]", new SelectOptionValue { Label = $"定州市供水公司{suffix}（户号为 10 位数字）" });
        await page.ClickAsync("form[data-test=service] button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=confirm-service]");
        Assert.Equal($"定州市供水公司{suffix}", (await page.InnerTextAsync("[data-test=confirm-biller]")).Trim());
        Assert.Equal("0012345678", (await page.InnerTextAsync("[data-test=confirm-bill]")).Trim());
        Assert.Equal("肆拾伍元陆角", (await page.InnerTextAsync("[data-test=amount-capitals]")).Trim());
        await CheckedAsync(page, "station-confirm-payment", phone);
        await page.ClickAsync("[data-test=confirm-service] [data-test=confirm]");
        await page.WaitForURLAsync("**/station?receipt=**");
        await page.ClickAsync("[data-test=receipt] [data-test=print]");
        await page.WaitForURLAsync("**/station/receipts/**");
        var slip = await page.InnerTextAsync("[data-test=receipt-slip]");
        Assert.Contains($"定州市供水公司{suffix}", slip);
        Assert.Contains("0012345678", slip);
        Assert.Contains("生活缴费", slip);
        await CheckedAsync(page, "station-receipt-payment", phone);
        var receiptUrl = page.Url;

        // found again by account and type, and reprinted from the search
        await page.ClickAsync("[data-test=nav-transactions]");
        await page.WaitForURLAsync("**/station/transactions");
        await page.FillAsync("[data-test=account]", account);
        await page.SelectOptionAsync("[data-test=type]", "UtilityPayment");
        await page.ClickAsync("form[data-test=tx-search] [data-test=search]");
        await page.WaitForURLAsync("**type=UtilityPayment**");
        Assert.Contains("共 1 笔交易", await page.InnerTextAsync("[data-test=tx-count]"));
        Assert.Contains("45.60", await page.InnerTextAsync("[data-test=tx-results]"));
        await CheckedAsync(page, "station-search", phone);
        await page.SelectOptionAsync("[data-test=type]", "CashWithdrawal");
        await page.ClickAsync("form[data-test=tx-search] [data-test=search]");
        await page.WaitForSelectorAsync("[data-test=tx-none]");
        await page.GoBackAsync();
        await page.ClickAsync("[data-test=tx-results] [data-test=reprint]");
        await page.WaitForURLAsync(receiptUrl);
        Assert.Contains("0012345678", await page.InnerTextAsync("[data-test=receipt-slip]"));
    }

    private static async Task PostAsync(HttpClient agent, Guid stationId, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        (await agent.SendAsync(request)).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_agent_closes_the_day_after_reading_the_daily_summary_prints_it_and_prints_the_commission_statement(bool phone)
    {
        await PortalBrowser.OnOneChinaDayAsync();   // the business date it settles is today's to the end
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var station = await app.NewStationAsync(bank.BankId, phone ? "东亭村服务站" : "翟村服务站", phone ? "130682105200" : "130682101200");
        var account = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 500m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        await PostAsync(station.Agent, station.StationId, "cash/replenish", new { amount = 1_000m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashDeposit", accountNo = account, amount = 200m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashWithdrawal", accountNo = account, amount = 50m });
        var page = phone
            ? await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station")
            : await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");

        // the end of day shows the 日结单 first: each type, expected and counted cash, the difference; nothing closed yet
        await page.FillAsync("input[name='Settle.Counted']", "1140");
        await page.ClickAsync("form[data-test=settle] button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=confirm-settle]");
        var lines = await page.InnerTextAsync("[data-test=confirm-settle] [data-test=day-lines]");
        foreach (var part in new[] { "领现", "1,000.00", "存款", "200.00", "取款", "50.00" }) Assert.Contains(part, lines);
        Assert.Equal("3", (await page.InnerTextAsync("[data-test=confirm-settle] [data-test=day-count]")).Trim());
        Assert.Equal("1,150.00", (await page.InnerTextAsync("[data-test=confirm-settle] [data-test=day-expected]")).Trim());
        Assert.Equal("1,140.00", (await page.InnerTextAsync("[data-test=confirm-settle] [data-test=day-counted]")).Trim());
        Assert.Equal("-10.00 短款", (await page.InnerTextAsync("[data-test=confirm-settle] [data-test=day-difference]")).Trim());
        Assert.Contains("不能撤销", await page.InnerTextAsync("[data-test=confirm-settle]"));
        await CheckedAsync(page, "station-confirm-day", phone);
        Assert.True((bool)(await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK))["open"]!);
        await page.ClickAsync("[data-test=confirm-settle] [data-test=confirm]");
        await page.WaitForSelectorAsync("[data-test=settlement]");

        // the printable 日结单: station, bank, date, the figures, the signature lines; A4 when printed, without the portal around it
        await page.ClickAsync("[data-test=print-day]");
        await page.WaitForURLAsync("**/station/days/**");
        var date = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var sheet = await page.InnerTextAsync("[data-test=day-sheet]");
        foreach (var part in new[] { phone ? "东亭村服务站" : "翟村服务站", "定州农商银行", date, "领现", "存款", "取款", "1,150.00", "1,140.00", "-10.00", "短款",
                     "代办员签字", "复核签字" })
            Assert.Contains(part, sheet);
        await CheckedAsync(page, "station-day-sheet", phone);
        Assert.InRange(PrintedWidth(await page.PdfAsync(new() { PreferCSSPageSize = true })), 590, 600);      // A4 = 595 pt
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("header.portal-header"));
        Assert.False(await page.IsVisibleAsync("[data-test=print]"));
        Assert.True(await page.IsVisibleAsync("[data-test=reviewer-signature]"));
        await PortalBrowser.ScreenshotAsync(page, "station-day-sheet-print" + (phone ? "-phone" : ""));
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // printed again later from the list of closed days
        await page.ClickAsync("[data-test=nav-days]");
        await page.WaitForURLAsync("**/station/days");
        Assert.Contains("-10.00", await page.InnerTextAsync($"tr[data-date='{date}']"));
        await CheckedAsync(page, "station-days", phone);
        await page.ClickAsync($"tr[data-date='{date}'] [data-test=day-link]");
        await page.WaitForURLAsync($"**/station/days/{date}");
        Assert.Contains("1,140.00", await page.InnerTextAsync("[data-test=day-sheet]"));

        // the month's commission statement: titled with the station, the bank and the month; a line per service type, a total
        await page.ClickAsync("[data-test=nav-commissions]");
        await page.WaitForURLAsync("**/station/commissions");
        var month = date[..7];
        Assert.Equal(month, await page.InputValueAsync("[data-test=month]"));
        var title = await page.InnerTextAsync("[data-test=statement-title]");
        var monthText = $"{int.Parse(date[..4])}年{int.Parse(date[5..7])}月";
        foreach (var part in new[] { phone ? "东亭村服务站" : "翟村服务站", "定州农商银行", monthText, "代办佣金结算单" }) Assert.Contains(part, title);
        var statement = await page.InnerTextAsync("[data-test=statement-lines]");
        foreach (var part in new[] { "存款", "取款", "合计" }) Assert.Contains(part, statement);
        Assert.DoesNotContain("领现", statement);                                   // cash from the bank earns nothing
        await CheckedAsync(page, "station-commissions", phone);
        Assert.InRange(PrintedWidth(await page.PdfAsync(new() { PreferCSSPageSize = true })), 590, 600);
        // another month, picked: none
        var earlier = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(-3);
        await page.SelectOptionAsync("[data-test=month]", earlier.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("form[data-test=month-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=statement-none]");
        Assert.Contains($"{earlier.Year}年{earlier.Month}月", await page.InnerTextAsync("[data-test=statement-title]"));
    }

    /// <summary>The width in points of the first page of a PDF (its MediaBox).</summary>
    private static double PrintedWidth(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var box = System.Text.RegularExpressions.Regex.Match(text, @"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success, "the PDF has no MediaBox");
        return double.Parse(box.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
