using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// An owner's first day, on a 390 px phone as most of them would: registers from the sign-in page (the registry's name
/// confirmed first, a common password refused in Chinese), posts a need, reads the matches and a "why not", opens a
/// product with its calculator, applies once — the consent accepted, a double tap making one application — and follows
/// the application. Each page again at 1366 px; every page checked for English, axe and sideways scrolling.
/// </summary>
public sealed class EnterpriseOnboardingTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    private const string Password = "Niuniu-Farm-2026";

    [Fact]
    public async Task An_owner_registers_on_a_phone_posts_a_need_and_applies_once()
    {
        var app = portal.App;
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync(p =>
        {
            p["name"] = "养殖贷";
            p["repaymentMethods"] = new System.Text.Json.Nodes.JsonArray("InterestOnly", "EqualInstallment");
        });
        var strict = await bank.Officer.CreateProductAsync(p => { p["name"] = "抵押经营贷"; p["collateralRequired"] = true; });
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code, name: "定州市牛牛养殖专业合作社"));
        var visited = new List<string>();

        // from the sign-in page to the registration, on a phone
        var page = await portal.NewPhonePageAsync();
        try
        {
            await JourneyAsync(page, bank, product, strict, code, visited);
        }
        catch
        {
            await PortalBrowser.ScreenshotAsync(page, "failed-onboarding");   // what the phone showed when it failed
            await File.WriteAllTextAsync(Path.Combine(PortalBrowser.Screenshots, "failed-onboarding.html"), page.Url + "\n" + await page.ContentAsync());
            throw;
        }
    }

    private async Task JourneyAsync(IPage page, BankSetup bank, System.Text.Json.Nodes.JsonObject product, System.Text.Json.Nodes.JsonObject strict,
        string code, List<string> visited)
    {
        var app = portal.App;
        await page.GotoAsync(portal.BaseUrl + "/login");
        await page.ClickAsync("[data-test=register]");
        await page.WaitForURLAsync("**/register");
        await CheckAsync(page, "register-phone", visited);

        // a malformed code and phone: each refused next to its field, in Chinese
        await page.FillAsync("input[name='Check.CreditCode']", "91130682ABC");
        await page.FillAsync("input[name='Check.Phone']", "1381234");
        await page.ClickAsync("[data-test=next]");
        Assert.Contains("18 位", await page.InnerTextAsync("[data-field=creditCode]"));
        Assert.Contains("11 位手机号码", await page.InnerTextAsync("[data-field=phone]"));
        await PortalBrowser.AssertChineseAsync(page);

        // typed in lower case with a space: found in the registry, its name shown to confirm before anything is created
        await page.FillAsync("input[name='Check.CreditCode']", code.ToLowerInvariant().Insert(6, " "));
        await page.FillAsync("input[name='Check.Phone']", "13812345678");
        await page.ClickAsync("[data-test=next]");
        Assert.Equal("定州市牛牛养殖专业合作社", (await page.InnerTextAsync("[data-test=registry-name]")).Trim());
        await CheckAsync(page, "register-confirm-phone", visited);

        // a common password, then one that differs from its repetition: each in Chinese next to its field; nothing created
        var userName = TestData.UserName("niu");
        await page.FillAsync("input[name='Account.UserName']", userName);
        await page.FillAsync("input[name='Account.Password']", "1234567890");
        await page.FillAsync("input[name='Account.RepeatPassword']", "1234567890");
        await page.ClickAsync("[data-test=create]");
        Assert.Contains("常见密码", await page.InnerTextAsync("[data-field=password]"));
        Assert.Equal("定州市牛牛养殖专业合作社", (await page.InnerTextAsync("[data-test=registry-name]")).Trim());
        Assert.Equal(userName, await page.InputValueAsync("input[name='Account.UserName']"));
        await PortalBrowser.AssertChineseAsync(page);
        await page.FillAsync("input[name='Account.Password']", Password);
        await page.FillAsync("input[name='Account.RepeatPassword']", Password + "x");
        await page.ClickAsync("[data-test=create]");
        Assert.Contains("不一致", await page.InnerTextAsync("[data-field=repeatPassword]"));
        await (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = Password })).ReadJsonAsync(HttpStatusCode.Unauthorized);

        // registered and signed in at once
        await page.FillAsync("input[name='Account.Password']", Password);
        await page.FillAsync("input[name='Account.RepeatPassword']", Password);
        await page.ClickAsync("[data-test=create]");
        await page.WaitForURLAsync("**/enterprise?welcome=1");
        Assert.True(await page.IsVisibleAsync("[data-test=welcome]"));
        var owner = await app.ClientAsync(userName, Password);
        var me = await (await owner.GetAsync("/api/enterprises/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(code, (string)me["creditCode"]!);
        Assert.Equal("13812345678", (string)me["phone"]!);

        // a need, its matches with their reasons, and why the collateral product does not match
        await page.FillAsync("input[name='Need.Amount']", "200000");
        await page.FillAsync("input[name='Need.Term']", "12");
        await page.FillAsync("input[name='Need.Purpose']", "扩建牛舍");
        await page.ClickAsync("form[data-test=need] button[type=submit]");
        await page.WaitForURLAsync("**/enterprise?need=**");
        var needPage = page.Url;
        var match = page.Locator($"[data-test=match][data-product='{product["id"]}']");
        Assert.Contains("200,000.00", await page.InnerTextAsync("h2:has-text('匹配')"));
        Assert.NotEmpty(await match.Locator("[data-test=reasons] li").AllInnerTextsAsync());
        await page.SelectOptionAsync("[data-test=why-not] select", (string)strict["id"]!);
        await page.ClickAsync("[data-test=explain]");
        await page.WaitForURLAsync("**whynot=**");
        Assert.Contains("须提供抵押或担保", await page.InnerTextAsync("[data-test=explanation]"));
        await CheckAsync(page, "enterprise-matches-phone", visited);

        // the product's page: its terms and the calculator — 先息后本 pays interest monthly and the principal at the end
        await match.Locator("[data-test=details]").ClickAsync();
        await page.WaitForURLAsync($"**/products/{product["id"]}**");
        await page.WaitForSelectorAsync("[data-test=schedule] tbody tr");     // the portal's own navigation patches the page in after the address
        Assert.Equal(12, await page.Locator("[data-test=schedule] tbody tr").CountAsync());
        await page.SelectOptionAsync("select[name=method]", "InterestOnly");
        await page.ClickAsync("[data-test=calculate]");
        await page.WaitForURLAsync("**method=InterestOnly**");
        var rows = page.Locator("[data-test=schedule] tbody tr");
        Assert.Equal(12, await rows.CountAsync());
        Assert.Equal("641.67", (await rows.First.Locator("td").Nth(4).InnerTextAsync()).Trim());        // 200,000 × 3.85% / 12
        Assert.Equal("200,641.67", (await rows.Last.Locator("td").Nth(4).InnerTextAsync()).Trim());
        Assert.Contains("万元", await page.InnerTextAsync("[data-test=product-tiles]"));
        await CheckAsync(page, "product-calculator-phone", visited);
        // outside the product's range: refused next to the field, in Chinese
        await page.FillAsync("input[name=amount]", "900000");
        await page.EvalOnSelectorAsync("input[name=amount]", "e => e.removeAttribute('max')");
        await page.ClickAsync("[data-test=calculate]");
        Assert.Contains("10,000.00–500,000.00", await page.InnerTextAsync("[data-field=amount]"));

        // applying from the match: the consent must be accepted (the server says so too when the box is bypassed)
        await page.GotoAsync(needPage);
        await match.Locator("[data-test=apply]").ClickAsync();
        await page.WaitForURLAsync($"**/enterprise/apply/{product["id"]}**");
        await page.WaitForSelectorAsync("[data-test=consent-text]");
        Assert.Contains("定州农商银行", await page.InnerTextAsync("[data-test=consent-text]"));
        Assert.Contains("信用报告", await page.InnerTextAsync("[data-test=consent-text]"));
        Assert.Contains("200,000.00", await page.InnerTextAsync("[data-test=apply-amount]"));
        await CheckAsync(page, "enterprise-apply-phone", visited);
        await page.EvalOnSelectorAsync("[data-test=consent]", "e => e.removeAttribute('required')");
        await page.ClickAsync("[data-test=submit-application]");
        Assert.Contains("勾选同意", await page.InnerTextAsync("[data-field=consent]"));
        Assert.Equal(0, await CountApplicationsAsync(owner));

        // a double tap: one application, confirmed with its number
        await page.CheckAsync("[data-test=consent]");
        var posts = 0;
        page.Request += (_, r) => { if (r.Method == "POST" && r.Url.Contains("/enterprise/apply/")) Interlocked.Increment(ref posts); };
        await page.DblClickAsync("[data-test=submit-application]");
        await page.WaitForURLAsync("**/enterprise/applications/**done=submitted");
        var applications = await (await owner.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)applications["total"]!);
        Assert.Equal(1, posts);
        var number = (string)applications["items"]![0]!["number"]!;
        Assert.Contains(number, await page.InnerTextAsync("[data-test=done]"));
        Assert.Contains("待受理", await page.InnerTextAsync("[data-test=status]"));
        await CheckAsync(page, "enterprise-application-submitted-phone", visited);

        // the same rendered form posted twice at once (a double tap the page could not stop): still one more application
        await page.GotoAsync($"{portal.BaseUrl}/enterprise/apply/{product["id"]}?amount=50000&term=12");
        Assert.Contains(number, await page.InnerTextAsync("[data-test=already-applied]"));
        await page.CheckAsync("[data-test=consent]");
        var statuses = await page.EvalOnSelectorAsync<int[]>("form[data-test=apply-form]",
            "f => Promise.all([fetch(location.href, { method: 'POST', body: new FormData(f) }), fetch(location.href, { method: 'POST', body: new FormData(f) })]).then(rs => rs.map(r => r.status))");
        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(2, await CountApplicationsAsync(owner));
        var firstId = (string)applications["items"]![0]!["id"]!;
        var secondId = (string)(await (await owner.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(a => (string)a!["id"]!).Single(id => id != firstId);

        // the bank accepts the first: the page shows the step the bank is on now, whom to call, and a message waits
        var bureau = await app.BureauAsync();
        var officerName = TestData.UserName("wang");
        (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = officerName, password = Scenarios.Password, displayName = "王经理", phone = "0312-2345678" })).EnsureSuccessStatusCode();
        var officer = await app.ClientAsync(officerName, Scenarios.Password);
        await (await officer.PostAsync($"/api/applications/{firstId}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await page.GotoAsync($"{portal.BaseUrl}/enterprise/applications/{firstId}");
        Assert.Contains("审批中", await page.InnerTextAsync("[data-test=status]"));          // accepted: the bank is deciding
        var contact = await page.InnerTextAsync("[data-test=contact]");
        Assert.Contains("王经理", contact);
        Assert.Contains("0312-2345678", contact);
        Assert.Equal("审批授信", (await page.InnerTextAsync("[data-test=progress] [aria-current=step]")).Trim());
        Assert.Equal(2, await page.Locator("[data-test=timeline] li").CountAsync());
        Assert.Equal("1", (await page.InnerTextAsync("[data-test=nav-unread]")).Trim());
        await CheckAsync(page, "enterprise-application-accepted-phone", visited);
        // printed: the content alone, no menu and no buttons
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync(".portal-header"));
        Assert.False(await page.IsVisibleAsync("[data-test=withdraw]"));
        Assert.True(await page.IsVisibleAsync("[data-test=timeline]"));
        await PortalBrowser.ScreenshotAsync(page, "enterprise-application-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // the message centre: the decision unread; opening it marks it read and leads to the application
        await page.ClickAsync("[data-test=nav-messages]");
        await page.WaitForURLAsync("**/enterprise/messages");
        var accepted = page.Locator("[data-test=messages] li.portal-unread");
        await accepted.First.WaitForAsync();
        Assert.Equal(1, await accepted.CountAsync());
        Assert.Contains("已受理", await accepted.InnerTextAsync());
        await CheckAsync(page, "enterprise-messages-phone", visited);
        await accepted.Locator("[data-test=open]").ClickAsync();
        await page.WaitForURLAsync($"**/enterprise/applications/{firstId}");
        Assert.Equal(0, await page.Locator("[data-test=nav-unread]").CountAsync());

        // withdrawing the second asks first; only the confirmation withdraws it
        await page.GotoAsync($"{portal.BaseUrl}/enterprise/applications/{secondId}");
        await page.ClickAsync("[data-test=withdraw]");
        await page.WaitForSelectorAsync("[data-test=confirm-withdraw]");
        Assert.Equal("Submitted", (string)(await (await owner.GetAsync($"/api/applications/{secondId}")).ReadJsonAsync(HttpStatusCode.OK))["status"]!);
        await CheckAsync(page, "enterprise-withdraw-confirm-phone", visited);
        await page.ClickAsync("[data-test=confirm-withdraw] [data-test=confirm]");
        await page.WaitForURLAsync("**done=withdraw");
        Assert.Contains("已撤回", await page.InnerTextAsync("[data-test=status]"));

        // the same pages on an office screen
        var desktop = await portal.SignedInPageAsync(userName, Password, "**/products");
        foreach (var (path, name) in new[] { ("/products/" + product["id"] + "?method=InterestOnly&amount=200000&term=12", "product-calculator"),
                     (new Uri(needPage).PathAndQuery, "enterprise-matches"), ($"/enterprise/apply/{product["id"]}?amount=50000&term=12", "enterprise-apply"),
                     ($"/enterprise/applications/{firstId}", "enterprise-application-accepted"), ("/enterprise/messages", "enterprise-messages") })
        {
            await desktop.GotoAsync(portal.BaseUrl + path);
            await CheckAsync(desktop, name, visited);
        }
        var anonymous = await portal.NewPageAsync();
        await anonymous.GotoAsync(portal.BaseUrl + "/register");
        await CheckAsync(anonymous, "register", visited);
    }

    private static async Task<int> CountApplicationsAsync(HttpClient owner) =>
        (int)(await (await owner.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK))["total"]!;

    /// <summary>The page as the issue asks of every page: Chinese only, axe clean, no sideways scroll; then its screenshot.</summary>
    internal static async Task CheckAsync(IPage page, string name, List<string> visited)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.ScreenshotAsync(page, name);
        visited.Add(name);
    }
}
