using System.Net;
using CreditLoan.Testing;
using Microsoft.Playwright;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// 帮办代办 for a villager without an account (issue 18), on an office screen, a 390 px phone and an upright tablet: the agent
/// registers the villager with a photo of the signed authorisation (each field refused in Chinese first, then confirmed
/// before anything is stored), posts a need and applies in the villager's name; the bank's file shows the villager's phone.
/// </summary>
public sealed class StationAssistTests(PortalBrowser portal) : IClassFixture<PortalBrowser>
{
    /// <summary>A real 1×1 PNG: the photo of the paper the villager signed.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static TheoryData<string> Screens => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_agent_registers_a_villager_with_the_signed_paper_then_posts_a_need_and_applies_for_them(string screen)
    {
        var phone = screen == "phone";
        var suffix = phone ? "-phone" : "";
        var app = portal.App;
        var bank = await app.NewBankAsync(phone ? "定州农商银行乙" : "定州农商银行");
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = phone ? "农户贷乙" : "农户贷");
        var station = await app.NewStationAsync(bank.BankId, phone ? "李村服务站" : "王村服务站", "130682101200");
        var code = TestData.CreditCode();
        var villager = phone ? "定州市李家庄养殖场" : "定州市王家庄养殖场";
        await app.ImportRegistryAsync(TestData.RegistryRow(code, name: villager, type: "IndividualBusiness"));
        var photo = Path.Combine(Path.GetTempPath(), $"授权委托书-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, Photo);

        var page = phone
            ? await portal.SignedInPhonePageAsync(station.AgentUserName, Scenarios.Password, "**/station")
            : await portal.SignedInPageAsync(station.AgentUserName, Scenarios.Password, "**/station");
        await page.GotoAsync(portal.BaseUrl + "/station/assist");
        await page.ClickAsync("[data-test=assist-register-link]");
        await page.WaitForURLAsync("**/station/assist/register");
        await page.Locator("[data-test=assist-register][data-ready=true]").WaitForAsync();
        await CheckPageAsync(page, phone);

        // refused first, each field in Chinese next to itself: a phone too short, an identity number with a wrong check, no paper
        await page.FillAsync("[data-test=credit-code]", code.ToLowerInvariant()[..9] + " " + code[9..].ToLowerInvariant());   // as typed
        await page.FillAsync("[data-test=phone]", "1391234");
        await page.FillAsync("[data-test=principal-name]", "王大庄");
        await page.FillAsync("[data-test=principal-id]", "110105194912310021");
        await page.ClickAsync("[data-test=check]");
        await page.Locator(".portal-field-error[data-field=file]").WaitForAsync();
        Assert.Contains("村民手机号", await page.InnerTextAsync(".portal-field-error[data-field=phone]"));
        Assert.Contains("委托人身份证号", await page.InnerTextAsync(".portal-field-error[data-field=principalIdNumber]"));
        Assert.Contains("授权委托书", await page.InnerTextAsync(".portal-field-error[data-field=file]"));
        Assert.Equal(0, await page.Locator("[data-test=confirm]").CountAsync());
        await CheckPageAsync(page, phone);
        await PortalBrowser.ScreenshotAsync(page, "station-assist-refused" + suffix);

        // corrected, the photo chosen: the registry's name, the phone, the signer (masked) and the file to confirm; nothing stored yet
        await page.FillAsync("[data-test=phone]", "13912345678");
        await page.FillAsync("[data-test=principal-id]", "11010519491231002X");
        await PortalBrowser.ChooseFileAsync(page, "input[type=file]", photo, page.Locator("[data-test=file-chosen]"));
        await page.ClickAsync("[data-test=check]");
        await page.Locator("[data-test=confirm]").WaitForAsync();
        Assert.Equal(villager, (await page.InnerTextAsync("[data-test=registry-name]")).Trim());
        Assert.Contains("个体工商户", await page.InnerTextAsync("[data-test=confirm]"));
        Assert.Contains("13912345678", await page.InnerTextAsync("[data-test=confirm-phone]"));
        Assert.Contains("110***********002X", await page.InnerTextAsync("[data-test=confirm-signer]"));
        Assert.Contains(Path.GetFileName(photo), await page.InnerTextAsync("[data-test=confirm-file]"));
        var before = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(villager, before.ToJsonString());
        await CheckPageAsync(page, phone);
        await PortalBrowser.ScreenshotAsync(page, "station-assist-confirm" + suffix);

        // 返回修改 keeps what was typed; confirmed, it is registered with the paper
        await page.ClickAsync("[data-test=back]");
        Assert.Equal("13912345678", await page.InputValueAsync("[data-test=phone]"));
        await page.ClickAsync("[data-test=check]");
        await page.ClickAsync("[data-test=register]");
        await page.Locator("[data-test=registered]").WaitForAsync();
        Assert.Contains(villager, await page.InnerTextAsync("[data-test=registered]"));
        await CheckPageAsync(page, phone);
        await PortalBrowser.ScreenshotAsync(page, "station-assist-registered" + suffix);
        var href = await page.GetAttributeAsync("[data-test=view-authorisation]", "href");
        var scan = await page.Context.APIRequest.GetAsync(portal.BaseUrl + href);
        Assert.Equal(200, scan.Status);
        Assert.Equal(Photo, await scan.BodyAsync());
        Assert.Equal("image/png", scan.Headers["content-type"]);

        // the need, preselected for the villager, its matches and the application in the villager's name
        await page.ClickAsync("[data-test=to-need]");
        await page.WaitForURLAsync("**/station/assist?enterprise=**");
        Assert.Contains(villager, await page.InnerTextAsync("[data-test=delegators]"));
        Assert.Contains("13912345678", await page.InnerTextAsync("[data-test=delegators]"));
        await page.FillAsync("input[name='Need.Amount']", "80000");
        await page.FillAsync("input[name='Need.Term']", "12");
        await page.FillAsync("input[name='Need.Purpose']", "购买母牛");
        await page.ClickAsync("form[data-test=assist-need] button[type=submit]");
        await page.WaitForURLAsync("**/station/assist?need=**");
        Assert.Contains(villager, await page.InnerTextAsync("main"));                               // the matches are headed with the villager
        await page.Locator($"[data-test=match][data-product='{product["id"]}'] [data-test=apply]").ClickAsync();
        await page.WaitForURLAsync("**applied=1");
        var applications = await page.InnerTextAsync("[data-test=applications]");
        Assert.Contains(villager, applications);
        Assert.Contains("待受理", applications);
        await CheckPageAsync(page, phone);
        await PortalBrowser.ScreenshotAsync(page, "station-assist-applied" + suffix);

        // the bank's file on it: the villager's phone as the contact, the station that applied
        var inbox = await (await bank.Officer.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        var applicationId = (string)inbox["items"]!.AsArray().Single()!["id"]!;
        var dossier = await (await bank.Officer.GetAsync($"/api/applications/{applicationId}/dossier")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("13912345678", (string)dossier["enterprise"]!["phone"]!);
        Assert.Equal(villager, (string)dossier["enterprise"]!["name"]!);

        // the agent follows the application up on its own page: where it stands, whom to call at the bank, every step; the
        // loan, the rating and the complaint about the application are the enterprise's
        await (await bank.Officer.PostAsync($"/api/applications/{applicationId}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await page.GotoAsync(portal.BaseUrl + "/station/assist");
        var link = page.Locator($"[data-test=applications] tr[data-id='{applicationId}'] [data-test=application-link]");
        var number = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync($"**/station/assist/applications/{applicationId}");
        Assert.Equal(number, await page.InnerTextAsync("[data-test=number]"));
        Assert.Equal("审批中", await page.InnerTextAsync("[data-test=status]"));
        Assert.Equal(villager, await page.InnerTextAsync("[data-test=enterprise]"));
        Assert.Contains(phone ? "定州农商银行乙" : "定州农商银行", await page.InnerTextAsync("[data-test=contact]"));
        Assert.Contains("银行受理", await page.InnerTextAsync("[data-test=progress]"));
        Assert.Equal(2, await page.Locator("[data-test=timeline] li").CountAsync());
        Assert.Equal(0, await page.Locator("[data-test=lodge-case], [data-test=loan], [data-test=rating]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-test=withdraw]").CountAsync());
        await CheckPageAsync(page, phone);
        await PortalBrowser.ScreenshotAsync(page, "station-assist-application" + suffix);
        // the villager changes their mind: the agent withdraws for them, asked first, and the bank sees it withdrawn
        await page.ClickAsync("[data-test=withdraw]");
        await page.WaitForSelectorAsync("[data-test=confirm-withdraw]");
        Assert.Contains(number, await page.InnerTextAsync("[data-test=confirm-withdraw]"));
        await page.ClickAsync("[data-test=confirm-withdraw] [data-test=confirm]");
        await page.WaitForURLAsync($"**/station/assist/applications/{applicationId}?done=withdraw");
        Assert.Equal("已撤回", await page.InnerTextAsync("[data-test=status]"));
        Assert.Equal(0, await page.Locator("[data-test=withdraw]").CountAsync());
        var withdrawn = await (await bank.Officer.GetAsync($"/api/applications/{applicationId}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", (string)withdrawn["status"]!);
        // another station's agent is told it is not found
        var other = await app.NewStationAsync(bank.BankId, phone ? "张村服务站" : "赵村服务站", "130682101200");
        var stranger = await (phone ? portal.SignedInPhonePageAsync(other.AgentUserName, Scenarios.Password, "**/station")
            : portal.SignedInPageAsync(other.AgentUserName, Scenarios.Password, "**/station"));
        var response = await stranger.GotoAsync($"{portal.BaseUrl}/station/assist/applications/{applicationId}");
        Assert.Equal(404, response!.Status);

        if (!phone)
        {
            // an upright tablet: the registration page fits
            await page.SetViewportSizeAsync(768, 1024);
            await page.GotoAsync(portal.BaseUrl + "/station/assist/register");
            await page.Locator("[data-test=assist-register][data-ready=true]").WaitForAsync();
            await PortalBrowser.AssertNoSidewaysScrollAsync(page);
            await PortalBrowser.ScreenshotAsync(page, "station-assist-register-tablet");
        }
        File.Delete(photo);
    }

    /// <summary>Chinese only, axe-core clean, and on the phone nothing sideways and every control a 44 px target.</summary>
    private static async Task CheckPageAsync(IPage page, bool phone)
    {
        await PortalBrowser.AssertChineseAsync(page);
        await PortalBrowser.AssertAccessibleAsync(page);
        if (!phone) return;
        await PortalBrowser.AssertNoSidewaysScrollAsync(page);
        await PortalBrowser.AssertTouchTargetsAsync(page);
    }
}
