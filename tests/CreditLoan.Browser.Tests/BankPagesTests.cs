using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>A bank officer's products (create, edit, publish, prospects, retire), settings and customer accounts in a browser.</summary>
public sealed class BankPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private async Task<(BankSetup Bank, IPage Page)> OfficerAsync()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var userName = TestData.UserName("officer");
        (await (await app.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        return (bank, await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox"));
    }

    [Fact]
    public async Task An_officer_creates_edits_publishes_and_retires_a_product_and_sees_its_prospects()
    {
        var (bank, page) = await OfficerAsync();
        await page.ClickAsync("[data-test=nav-bank-products]");
        await page.ClickAsync("[data-test=new-product]");
        await page.WaitForURLAsync("**/bank/products/new");
        await page.FillAsync("input[name=name]", "设施农业贷");
        await page.SelectOptionAsync("select[name=category]", "Credit");
        await page.FillAsync("input[name=minAmount]", "20000");
        await page.FillAsync("input[name=maxAmount]", "300000");
        await page.FillAsync("input[name=minTermMonths]", "6");
        await page.FillAsync("input[name=maxTermMonths]", "36");
        await page.FillAsync("input[name=minAnnualRate]", "6");
        await page.FillAsync("input[name=maxAnnualRate]", "4.5");                 // below the minimum: refused next to the field
        await page.CheckAsync("input[name=repaymentMethods][value=EqualPrincipal]");
        await page.SelectOptionAsync("select[name=industries]", "A");
        await page.SelectOptionAsync("select[name=divisions]", new SelectOptionValue { Label = "定州市（130682）" });
        await page.FillAsync("textarea[name=requiredMaterials]", "营业执照\n法人身份证\n土地流转合同");
        await page.ClickAsync("form[data-test=product] [data-test=save]");
        Assert.Equal("最高年利率不能低于最低年利率，请重新填写。", (await page.InnerTextAsync("[data-field=maxAnnualRate]")).Trim());   // in Chinese
        await PortalBrowser.AssertChineseAsync(page);
        Assert.Equal("设施农业贷", await page.InputValueAsync("input[name=name]"));   // what was typed is still there
        Assert.True(await page.IsCheckedAsync("input[name=repaymentMethods][value=EqualPrincipal]"));
        await PortalBrowser.ScreenshotAsync(page, "bank-product-form");
        await page.FillAsync("input[name=minAnnualRate]", "3.9");
        await page.FillAsync("input[name=maxAnnualRate]", "6");
        await page.ClickAsync("form[data-test=product] [data-test=save]");
        await page.WaitForURLAsync("**/bank/products?done=create");

        var row = page.Locator("[data-test=products] tbody tr", new() { HasText = "设施农业贷" });
        Assert.Contains("草稿", await row.Locator("[data-test=status]").InnerTextAsync());
        var productId = await row.GetAttributeAsync("data-id");
        await row.Locator("[data-test=edit]").ClickAsync();
        await page.WaitForURLAsync($"**/bank/products/{productId}/edit");
        Assert.Equal("营业执照\n法人身份证\n土地流转合同", await page.InputValueAsync("textarea[name=requiredMaterials]"));
        await page.FillAsync("input[name=name]", "设施农业信用贷");
        await page.ClickAsync("form[data-test=product] [data-test=save]");
        await page.WaitForURLAsync("**/bank/products?done=update");
        row = page.Locator($"[data-test=products] tbody tr[data-id='{productId}']");
        await row.Locator("[data-test=publish]").ClickAsync();
        await page.WaitForURLAsync("**done=publish");
        Assert.Contains("已上架", await row.Locator("[data-test=status]").InnerTextAsync());

        // published: on the public supermarket with its materials, and an open need that fits shows among the prospects
        var shown = await (await portal.App.CreateClient().GetAsync($"/api/products/{productId}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("设施农业信用贷", (string)shown["name"]!);
        Assert.Equal(["EqualInstallment", "EqualPrincipal"], shown["repaymentMethods"]!.AsArray().Select(m => (string)m!).Order());
        var enterprise = await portal.App.NewEnterpriseAsync();
        (await enterprise.Client.PostAsJsonAsync("/api/needs", new { amount = 150_000m, termMonths = 24, purpose = "大棚", collateral = "None" })).EnsureSuccessStatusCode();
        await row.Locator("[data-test=prospects]").ClickAsync();
        await page.WaitForURLAsync("**prospects=**");
        var prospect = page.Locator("[data-test=prospect-list] tbody tr").First;
        Assert.Contains("150,000.00", await prospect.InnerTextAsync());
        Assert.Contains("A03", await prospect.InnerTextAsync());
        await PortalBrowser.ScreenshotAsync(page, "bank-products");
        await row.Locator("[data-test=retire]").ClickAsync();
        await page.WaitForURLAsync("**done=retire");
        Assert.Contains("已下架", await row.Locator("[data-test=status]").InnerTextAsync());
    }

    private async Task<IPage> AdministratorAsync(Guid bankId)
    {
        var userName = TestData.UserName("admin");
        (await (await portal.App.BureauAsync()).PostAsJsonAsync($"/api/banks/{bankId}/users",
            new { userName, password = Scenarios.Password, displayName = "行管理员", role = "BankAdmin" })).EnsureSuccessStatusCode();
        return await portal.SignedInPageAsync(userName, Scenarios.Password, "**/bank/inbox");
    }

    [Fact]
    public async Task Administrators_set_the_banks_limits_under_dual_control_and_an_officer_opens_customer_accounts()
    {
        var (bank, page) = await OfficerAsync();
        await portal.App.NewStationAsync(bank.BankId, "翟村服务站", "130682101200");
        // an officer reads the settings but cannot change them
        await page.ClickAsync("[data-test=nav-settings]");
        await page.WaitForURLAsync("**/bank/settings");
        await page.WaitForSelectorAsync("[data-test=admins-only]");
        Assert.True(await page.IsDisabledAsync("input[name=withdrawalLimitPerDay]"));

        // an administrator tightens them at once
        var admin = await AdministratorAsync(bank.BankId);
        await admin.ClickAsync("[data-test=nav-settings]");
        await admin.WaitForURLAsync("**/bank/settings");
        await admin.FillAsync("input[name=makerCheckerThreshold]", "500000");
        await admin.FillAsync("input[name=withdrawalLimitPerDay]", "1500");
        await admin.FillAsync("input[name=withdrawalLimitPerTransaction]", "8000");   // above the day's limit: refused
        await admin.FillAsync("input[name='commission-CashDeposit']", "1.5");
        await admin.ClickAsync("form[data-test=settings] [data-test=save]");
        Assert.StartsWith("每笔取款限额应不大于 1500", (await admin.InnerTextAsync("[data-field=withdrawalLimitPerTransaction]")).Trim());
        await PortalBrowser.AssertChineseAsync(admin);
        await admin.FillAsync("input[name=withdrawalLimitPerTransaction]", "1000");
        await admin.ClickAsync("form[data-test=settings] [data-test=save]");
        await admin.WaitForURLAsync("**/bank/settings?done=1");
        Assert.Equal("500000.00", await admin.InputValueAsync("input[name=makerCheckerThreshold]"));
        var settings = await (await bank.Officer.GetAsync($"/api/banks/{bank.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1000m, (decimal)settings["withdrawalLimitPerTransaction"]!);
        Assert.Equal(1.5m, (decimal)settings["commissions"]!["CashDeposit"]!);

        // loosening the day's limit waits for a second administrator: the one who asked cannot confirm it
        await admin.FillAsync("input[name=withdrawalLimitPerDay]", "5000");
        await admin.ClickAsync("form[data-test=settings] [data-test=save]");
        await admin.WaitForURLAsync("**/bank/settings?done=pending");
        Assert.Contains("1,500.00 → 5,000.00", await admin.InnerTextAsync("[data-test=pending-change]"));
        Assert.Equal(0, await admin.Locator("[data-test=confirm-change]").CountAsync());
        Assert.Equal(1500m, (decimal)(await (await bank.Officer.GetAsync($"/api/banks/{bank.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK))["withdrawalLimitPerDay"]!);
        await PortalBrowser.ScreenshotAsync(admin, "bank-settings-pending");
        await PortalBrowser.AssertAccessibleAsync(admin);
        var second = await AdministratorAsync(bank.BankId);
        await second.GotoAsync(portal.BaseUrl + "/bank/settings");
        await second.ClickAsync("[data-test=confirm-change]");
        await second.WaitForURLAsync("**/bank/settings?done=confirmed");
        Assert.Equal("5000.00", await second.InputValueAsync("input[name=withdrawalLimitPerDay]"));
        Assert.Equal(0, await second.Locator("[data-test=pending-change]").CountAsync());
        await PortalBrowser.ScreenshotAsync(second, "bank-settings");

        await page.ClickAsync("[data-test=nav-accounts]");
        await page.WaitForURLAsync("**/bank/accounts");
        Assert.Contains("翟村服务站", await page.InnerTextAsync("[data-test=stations]"));
        await page.FillAsync("input[name='Account.HolderName']", "王大爷");
        await page.FillAsync("input[name='Account.IdNumber']", "110105194912310021");   // a wrong check digit
        await page.FillAsync("input[name='Account.OpeningBalance']", "300");
        await page.ClickAsync("form[data-test=open-account] button[type=submit]");
        Assert.Equal("身份证号码校验不通过，请核对 18 位身份证号码（最后一位可能是 X）。", (await page.InnerTextAsync("[data-field=idNumber]")).Trim());
        await PortalBrowser.AssertChineseAsync(page);
        await page.FillAsync("input[name='Account.IdNumber']", "11010519491231002X");
        await page.ClickAsync("form[data-test=open-account] button[type=submit]");
        await page.WaitForURLAsync("**/bank/accounts?opened=**");
        var accountNo = new Uri(page.Url).Query.Split("opened=")[1];
        var rowText = await page.Locator("[data-test=accounts] tbody tr").First.InnerTextAsync();
        Assert.Contains(accountNo, rowText);
        Assert.Contains("110***********002X", rowText);
        Assert.Contains("300.00", rowText);
        await PortalBrowser.ScreenshotAsync(page, "bank-accounts");
    }
}
