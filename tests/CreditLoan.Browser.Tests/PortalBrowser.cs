using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using CreditLoan.Testing;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The platform on a real socket (Kestrel on 127.0.0.1) and Debian's headless Chromium driven by Playwright — no browser
/// is downloaded: <c>CHROMIUM_PATH</c> or /usr/bin/chromium (the README's test command installs it when missing).
/// Screenshots of the pages go to <c>screenshots/</c> next to the test assembly.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public SqliteApp App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        await ((IAsyncLifetime)App).InitializeAsync();
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium is missing at {chromium}: apt-get install -y chromium (./test.sh does it), or set CHROMIUM_PATH.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page the size of a 1366×768 office screen.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN" });
        context.SetDefaultTimeout(60_000);   // a cold CI machine (first JIT, an interactive circuit starting) can be slow
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in as <paramref name="userName"/>, waiting for the role's home page.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password, string homeGlob)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await SignInAsync(page, userName, password);
        await page.WaitForURLAsync(homeGlob);
        return page;
    }

    /// <summary>Fills in and sends the sign-in form the page is on.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("section.portal-login button[type=submit]");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}
