using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The bureau's data import (upload, progress, row errors), onboarding of a bank and a station with their users, and notices.</summary>
public sealed class BureauPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private Task<IPage> BureauAsync() => portal.SignedInPageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");

    [Fact]
    public async Task The_bureau_uploads_a_registry_file_and_sees_its_progress_and_row_errors()
    {
        var page = await BureauAsync();
        await page.ClickAsync("[data-test=nav-imports]");
        await page.WaitForURLAsync("**/bureau/imports");
        await page.WaitForSelectorAsync("[data-test=imports][data-ready]");           // the interactive circuit is up
        // the section is marked in the navigation (and only it: the dashboard is the home, not a parent of every bureau page)
        Assert.Equal("page", await page.GetAttributeAsync("[data-test=nav-imports]", "aria-current"));
        Assert.Null(await page.GetAttributeAsync("[data-test=nav-dashboard]", "aria-current"));
        var code = TestData.CreditCode();
        var file = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, TestData.RegistryHeader + "\n" + TestData.RegistryRow(code) + "\n" + "91130682MA0000000X,坏行\n");
        try
        {
            await page.SelectOptionAsync("[data-test=dataset]", "registry");
            Assert.Contains("统一社会信用代码", await page.InnerTextAsync("[data-test=columns]"));
            var batch = "ui" + Guid.NewGuid().ToString("N")[..10];
            await page.FillAsync("[data-test=batch]", batch);
            var import = page.Locator("[data-test=import]:not([disabled])");
            await PortalBrowser.ChooseFileAsync(page, "input[type=file]", file, import);
            await import.ClickAsync();
            var result = page.Locator("[data-test=import-result]");
            await result.WaitForAsync();
            Assert.Contains("接收 1 行，拒绝 1 行", await result.InnerTextAsync());
            Assert.Equal("100%", (await page.InnerTextAsync("[data-test=progress-text]")).Split(' ')[0]);
            var error = page.Locator("[data-test=row-errors] tbody tr");
            Assert.Equal(1, await error.CountAsync());
            Assert.StartsWith("3", (await error.Locator("td").First.InnerTextAsync()).Trim());   // the file's third line
            // the reason in Chinese, not the API's English ("Expected 8 fields, found 2.")
            Assert.Contains("列数不对：应为 8 列，实际为 2", await error.Locator("td").Nth(1).InnerTextAsync());
            await PortalBrowser.AssertChineseAsync(page, "[data-test=row-errors]");
            Assert.StartsWith("data:text/csv", await page.GetAttributeAsync("[data-test=errors-csv]", "href"));
            // who imported it, by user name (the audit log keeps the id too)
            var row = page.Locator("[data-test=batches] tbody tr", new() { HasText = batch });
            Assert.Equal(CreditLoanApp.AdminUserName, (await row.Locator("td").Last.InnerTextAsync()).Trim());
            await PortalBrowser.ScreenshotAsync(page, "bureau-import");

            // on a phone: the history with this batch and who imported it, within the screen's width
            var phone = await portal.SignedInPhonePageAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword, "**/bureau");
            await phone.GotoAsync(portal.BaseUrl + "/bureau/imports");
            await phone.WaitForSelectorAsync("[data-test=imports][data-ready]");
            var onPhone = phone.Locator("[data-test=batches] tbody tr", new() { HasText = batch });
            Assert.Equal(CreditLoanApp.AdminUserName, (await onPhone.Locator("td").Last.InnerTextAsync()).Trim());
            await PortalBrowser.AssertNoSidewaysScrollAsync(phone);
            await PortalBrowser.ScreenshotAsync(phone, "bureau-import-phone");
        }
        finally
        {
            File.Delete(file);
        }
        // the registered row is there for real: the enterprise can register with its code
        (await portal.App.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = code, phone = "13812345678", userName = TestData.UserName("ent"), password = Scenarios.Password })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_bureau_downloads_a_template_and_imports_an_xlsx_workbook_and_a_GBK_csv_through_the_page()
    {
        var page = await BureauAsync();
        await page.ClickAsync("[data-test=nav-imports]");
        await page.WaitForURLAsync("**/bureau/imports");
        await page.WaitForSelectorAsync("[data-test=imports][data-ready]");
        await page.SelectOptionAsync("[data-test=dataset]", "honours");
        // the page redraws over the circuit after the choice: wait for it rather than read the old columns
        await Assertions.Expect(page.Locator("[data-test=columns]")).ToContainTextAsync("荣誉名称");
        await Assertions.Expect(page.Locator("[data-test=template-xlsx]")).ToHaveAttributeAsync("href", "/export/import-template/honours?format=xlsx");
        await page.SelectOptionAsync("[data-test=dataset]", "registry");
        await Assertions.Expect(page.Locator("[data-test=template-xlsx]")).ToHaveAttributeAsync("href", "/export/import-template/registry?format=xlsx");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-test=template-xlsx]"));
        Assert.Equal("import-template_registry.xlsx", download.SuggestedFilename);
        Assert.Equal((byte)'P', File.ReadAllBytes(await download.PathAsync())[0]);   // a zip: the workbook
        await PortalBrowser.AssertChineseAsync(page, "[data-test=imports]");
        await PortalBrowser.AssertAccessibleAsync(page);

        var (good, gbk) = (TestData.CreditCode(), TestData.CreditCode());
        var stamp = DateTime.UtcNow.Ticks;
        var xlsx = Path.Combine(Path.GetTempPath(), $"工商登记-{stamp}.xlsx");
        var csv = Path.Combine(Path.GetTempPath(), $"工商登记-{stamp}.csv");
        await File.WriteAllBytesAsync(xlsx, XlsxFile.Build(
            (1, TestData.RegistryHeader.Split(',')),
            (2, [good, "定州市表格导入合作社", "Cooperative", "张三", new DateOnly(2015, 3, 10), 500000, "A03", 130682101200L]),
            (4, [TestData.CreditCode(), "定州市坏行合作社", "Corporation", "李四", "2015-03-10", "500000.00", "A03", "130682101200"])));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(csv, System.Text.Encoding.GetEncoding("GBK").GetBytes(
            TestData.RegistryHeader + "\r\n" + TestData.RegistryRow(gbk, name: "定州市喆赟养殖专业合作社") + "\r\n"));
        try
        {
            await page.FillAsync("[data-test=batch]", "ui-xlsx-" + stamp);
            var import = page.Locator("[data-test=import]:not([disabled])");
            await PortalBrowser.ChooseFileAsync(page, "input[type=file]", xlsx, import);
            await import.ClickAsync();
            var result = page.Locator("[data-test=import-result]");
            await result.WaitForAsync();
            Assert.Contains("接收 1 行，拒绝 1 行", await result.InnerTextAsync());
            var error = page.Locator("[data-test=row-errors] tbody tr");
            Assert.Equal(1, await error.CountAsync());
            Assert.Equal("4", (await error.Locator("td").First.InnerTextAsync()).Trim());   // the sheet's row 4 (row 3 is empty)
            // the reason in Chinese, naming the column and what it takes; the sheet's own wrong value is quoted as it is
            Assert.Equal("主体类型：“Corporation”不是可填的值（可填：公司、个体工商户、农民专业合作社）。", (await error.Locator("td").Nth(1).InnerTextAsync()).Trim());
            await PortalBrowser.AssertAccessibleAsync(page);
            await PortalBrowser.ScreenshotAsync(page, "bureau-import-xlsx");

            // a GBK CSV, encoding detected (the page's default)
            Assert.Equal("Auto", await page.InputValueAsync("[data-test=encoding]"));
            await page.FillAsync("[data-test=batch]", "ui-gbk-" + stamp);
            await PortalBrowser.ChooseFileAsync(page, "input[type=file]", csv, page.GetByText($"工商登记-{stamp}.csv"));
            await page.Locator("[data-test=import]:not([disabled])").ClickAsync();
            await page.Locator("[data-test=import-result]:has-text('接收 1 行，拒绝 0 行')").WaitForAsync();
            await PortalBrowser.AssertChineseAsync(page, "[data-test=imports]");
            await PortalBrowser.AssertAccessibleAsync(page);
        }
        finally
        {
            File.Delete(xlsx);
            File.Delete(csv);
        }
        foreach (var (code, name) in new[] { (good, "定州市表格导入合作社"), (gbk, "定州市喆赟养殖专业合作社") })
        {
            var registered = await (await portal.App.CreateClient().PostAsJsonAsync("/api/enterprises/register",
                new { creditCode = code, phone = "13812345678", userName = TestData.UserName("ent"), password = Scenarios.Password })).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal(name, (string)registered["name"]!);
        }
    }

    [Fact]
    public async Task The_bureau_onboards_a_bank_and_a_station_with_their_users_and_sends_a_notice()
    {
        var page = await BureauAsync();
        await page.ClickAsync("[data-test=nav-onboarding]");
        await page.WaitForURLAsync("**/bureau/onboarding");
        var bankName = "定州村镇银行" + Random.Shared.Next(1000, 10000);
        await page.FillAsync("input[name='Bank.Name']", bankName);
        await page.FillAsync("input[name='Bank.CreditCode']", "not-a-code");
        await page.ClickAsync("form[data-test=new-bank] button[type=submit]");
        Assert.StartsWith("统一社会信用代码应为 18 位", await page.InnerTextAsync("form[data-test=new-bank] [data-field=creditCode]"));   // its label, in Chinese
        Assert.Equal(0, await page.Locator("form[data-test=new-station] [data-field]").CountAsync());   // the error stays with its form
        await PortalBrowser.AssertChineseAsync(page);
        var bankCode = TestData.CreditCode();
        await page.FillAsync("input[name='Bank.CreditCode']", bankCode);
        await page.ClickAsync("form[data-test=new-bank] button[type=submit]");
        await page.WaitForURLAsync("**done=bank**");
        Assert.Contains(bankName, await page.InnerTextAsync("[data-test=banks]"));
        // the same bank again: the coded refusal in Chinese, naming the code (the API's detail stays English)
        await page.FillAsync("input[name='Bank.Name']", bankName + "二");
        await page.FillAsync("input[name='Bank.CreditCode']", bankCode);
        await page.ClickAsync("form[data-test=new-bank] button[type=submit]");
        Assert.Equal($"统一社会信用代码为 {bankCode} 的银行已经入驻，无需重复添加。",
            (await page.InnerTextAsync("[data-test=message]")).Trim());
        await PortalBrowser.AssertChineseAsync(page);

        var officer = TestData.UserName("officer");
        await page.SelectOptionAsync("select[name='BankUser.OwnerId']", new SelectOptionValue { Label = bankName });
        await page.FillAsync("input[name='BankUser.UserName']", officer);
        await page.FillAsync("input[name='BankUser.DisplayName']", "信贷员");
        await page.FillAsync("input[name='BankUser.Password']", Scenarios.Password);
        await page.ClickAsync("form[data-test=new-bank-user] button[type=submit]");
        await page.WaitForURLAsync("**done=bank-user**");

        await page.FillAsync("input[name='Station.Name']", "北庄服务站");
        // the village by name: county → township → village, the lower lists filled as the higher ones are chosen
        var picker = page.Locator("[data-test=station-village]");
        Assert.Equal("130682", await picker.Locator("select[data-level=County]").InputValueAsync());
        await picker.Locator("select[data-level=Township]").SelectOptionAsync(new SelectOptionValue { Label = "清风店镇（130682101）" });
        await page.WaitForSelectorAsync("[data-test=station-village][data-loaded='130682101']");
        await PortalBrowser.ScreenshotAsync(page, "bureau-division-picker");
        await picker.Locator("select[data-level=Village]").SelectOptionAsync("130682101208");
        Assert.Equal(1 + 27, await picker.Locator("select[data-level=Village] option").CountAsync()); // "choose" and 清风店镇's 27 villages
        await page.SelectOptionAsync("select[name='Station.PartnerBankId']", new SelectOptionValue { Label = bankName });
        await page.FillAsync("input[name='Station.CashFloatLimit']", "30000");
        await page.ClickAsync("form[data-test=new-station] button[type=submit]");
        await page.WaitForURLAsync("**done=station**");
        Assert.Contains("北庄服务站", await page.InnerTextAsync("[data-test=stations]"));
        var agent = TestData.UserName("agent");
        await page.SelectOptionAsync("select[name='Agent.OwnerId']", new SelectOptionValue { Label = "北庄服务站 · 大三路村民委员会（130682101208）" });
        await page.FillAsync("input[name='Agent.UserName']", agent);
        await page.FillAsync("input[name='Agent.DisplayName']", "代办员");
        await page.FillAsync("input[name='Agent.Password']", Scenarios.Password);
        await page.ClickAsync("form[data-test=new-agent] button[type=submit]");
        await page.WaitForURLAsync("**done=agent**");
        await PortalBrowser.ScreenshotAsync(page, "bureau-onboarding");

        // both new users sign in to the API, each bound to what the bureau chose
        var bankClient = await portal.App.ClientAsync(officer, Scenarios.Password);
        Assert.Equal(HttpStatusCode.OK, (await bankClient.GetAsync("/api/products/mine")).StatusCode);
        var agentClient = await portal.App.ClientAsync(agent, Scenarios.Password);
        var stations = await (await agentClient.GetAsync("/api/stations")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("北庄服务站", (string)stations["items"]![0]!["name"]!);

        // a notice to the township's enterprises; a wrong township code is refused next to its field
        await portal.App.NewEnterpriseAsync();
        await page.ClickAsync("[data-test=nav-notices]");
        await page.WaitForURLAsync("**/bureau/notices");
        await page.FillAsync("textarea[name='Notice.Text']", "首贷户贴息政策申报开始");
        Assert.Equal(25, await page.Locator("select[name=townships] option").CountAsync());     // Dingzhou's townships by name
        await page.SelectOptionAsync("select[name=townships]", new SelectOptionValue { Label = "清风店镇（130682101）" });
        await page.SelectOptionAsync("select[name=industries]", ["A", "C13"]);
        await page.ClickAsync("form[data-test=notice] button[type=submit]");
        await page.WaitForURLAsync("**/bureau/notices?sent=**");
        var sent = await page.InnerTextAsync("[data-test=notices]");
        Assert.Contains("首贷户贴息政策申报开始", sent);
        Assert.Contains("清风店镇（130682101）", sent);
        Assert.Contains("农、林、牧、渔业（A）", sent);
        await PortalBrowser.ScreenshotAsync(page, "bureau-notices");
    }
}
