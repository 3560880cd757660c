using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>The public product supermarket in a real browser: Chinese by default, every product's rate range and materials up front.</summary>
public sealed class PublicPortalTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task The_product_supermarket_shows_rates_and_materials_up_front_and_filters_in_Chinese_or_English()
    {
        var bank = await portal.App.NewBankAsync("定州农商银行");
        await bank.Officer.CreateProductAsync(p => p["name"] = "牧业振兴贷");
        await bank.Officer.CreateProductAsync(p => p["name"] = "未发布的草稿", publish: false);

        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        Assert.Equal("金融产品超市", await page.InnerTextAsync("h1"));
        var card = page.Locator("[data-test=product]", new() { HasText = "牧业振兴贷" });
        Assert.Equal(1, await card.CountAsync());
        Assert.Contains("定州农商银行", await card.InnerTextAsync());
        Assert.Equal("3.85% – 6.50%", (await card.Locator("[data-test=rate]").InnerTextAsync()).Trim());
        var materials = await card.Locator("[data-test=materials] li").AllInnerTextsAsync();
        Assert.Equal(["营业执照", "法人身份证", "近一年银行流水"], materials);
        Assert.Equal(0, await page.Locator("[data-test=product]", new() { HasText = "未发布的草稿" }).CountAsync());
        // styled: the portal's stylesheet arrived (the header is the platform's red)
        Assert.Equal("rgb(183, 28, 28)", await page.EvalOnSelectorAsync<string>("header", "e => getComputedStyle(e).backgroundColor"));
        await PortalBrowser.ScreenshotAsync(page, "public-products");

        // a filter the product does not meet: 600,000 yuan is above its maximum
        await page.FillAsync("input[name=amount]", "600000");
        await page.ClickAsync("form[data-test=filters] button[type=submit]");
        await page.WaitForURLAsync("**/products?amount=600000**");
        Assert.Equal("600000", await page.InputValueAsync("input[name=amount]"));    // the filter stays filled in
        Assert.Equal(0, await page.Locator("[data-test=product]", new() { HasText = "牧业振兴贷" }).CountAsync());
        // a bad filter shows the validation message, not an error page
        await page.GotoAsync(portal.BaseUrl + "/products?termMonths=999");
        Assert.Contains("360", await page.InnerTextAsync("[role=alert]"));

        // English, by the culture switch, kept in a cookie
        await page.GotoAsync(portal.BaseUrl + "/products");
        await page.ClickAsync("button[value=en]");
        await page.WaitForURLAsync("**/products");
        Assert.Equal("Loan product supermarket", await page.InnerTextAsync("h1"));
        Assert.Contains("Required materials", await page.InnerTextAsync("[data-test=product]:has-text('牧业振兴贷')"));
        await PortalBrowser.ScreenshotAsync(page, "public-products-en");
        Assert.True(File.Exists(Path.Combine(PortalBrowser.Screenshots, "public-products.png")));
    }
}
