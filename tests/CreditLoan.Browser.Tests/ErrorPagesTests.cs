using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>No page ever shows a stack trace or raw problem details: a missing page or another tenant's object gets a page in Chinese.</summary>
public sealed class ErrorPagesTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task A_missing_page_and_another_tenants_object_show_a_page_in_chinese_and_the_api_keeps_problem_details()
    {
        var page = await portal.NewPageAsync();
        var missing = await page.GotoAsync(portal.BaseUrl + "/no-such-page");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("页面不存在，或您无权查看。", (await page.InnerTextAsync("[data-test=error-title]")).Trim());

        // an enterprise guessing another enterprise's application: 404, the same page, no trace of the code
        var other = await portal.App.NewEnterpriseAsync();
        var bank = await portal.App.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var application = await (await other.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 50_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var enterprise = await portal.App.NewEnterpriseAsync();
        var signedIn = await portal.SignedInPageAsync(enterprise.UserName, Scenarios.Password, "**/products");
        var guessed = await signedIn.GotoAsync($"{portal.BaseUrl}/enterprise/applications/{application["id"]}");
        Assert.Equal(404, guessed!.Status);
        var text = await signedIn.InnerTextAsync("body");
        Assert.Contains("页面不存在", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(" at ", text);
        await PortalBrowser.ScreenshotAsync(signedIn, "error-not-found");

        // the API answers machines as before
        var api = await portal.App.CreateClient().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
