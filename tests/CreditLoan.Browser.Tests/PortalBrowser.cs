using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using CreditLoan.Testing;

namespace CreditLoan.Browser.Tests;

/// <summary>
/// The platform on a real socket (Kestrel on 127.0.0.1) and Debian's headless Chromium driven by Playwright — no browser
/// is downloaded: <c>CHROMIUM_PATH</c> or /usr/bin/chromium (the README's test command installs it when missing).
/// Screenshots of the pages go to <c>screenshots/</c> next to the test assembly.
/// </summary>
public class PortalBrowser : IAsyncLifetime
{
    public PortalBrowser()
    {
    }

    /// <summary>A platform with settings of its own (<see cref="CreditLoanApp.Settings"/>), e.g. the sample county's.</summary>
    protected PortalBrowser(IReadOnlyDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings) App.Settings[key] = value;
    }

    public SqliteApp App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        await ((IAsyncLifetime)App).InitializeAsync();
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Browser = await SharedBrowserAsync();
        Directory.CreateDirectory(Screenshots);
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<IBrowserContext> _contexts = [];
    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _shared;

    /// <summary>
    /// One Chromium for the whole test process, launched by the first class that needs it (again if it has gone): each test
    /// works in browser contexts of its own (<see cref="NewPageAsync"/>), which share no cookies or storage, so the classes
    /// need no browser each. A launch costs about a second of CPU and a set of Chromium processes (docs/performance.md).
    /// Playwright's driver closes it when the test process ends.
    /// </summary>
    private static async Task<IBrowser> SharedBrowserAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (_shared is { IsConnected: true } browser) return browser;
            var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
            if (!File.Exists(chromium))
                throw new InvalidOperationException($"Chromium is missing at {chromium}: apt-get install -y chromium (./test.sh does it), or set CHROMIUM_PATH.");
            _playwright ??= await Playwright.CreateAsync();
            return _shared = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        }
        finally
        {
            Launching.Release();
        }
    }

    /// <summary>A fresh page the size of a 1366×768 office screen.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN" });
        _contexts.Add(context);
        context.SetDefaultTimeout(60_000);   // a cold CI machine (first JIT, an interactive circuit starting) can be slow
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page the size of a phone held upright (390 × 844, touch).</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "zh-CN", IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        _contexts.Add(context);
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh phone page signed in as <paramref name="userName"/>, waiting for the role's home page.</summary>
    public async Task<IPage> SignedInPhonePageAsync(string userName, string password, string homeGlob)
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await SignInAsync(page, userName, password);
        await HomeAsync(page, homeGlob);
        return page;
    }

    /// <summary>A fresh page signed in as <paramref name="userName"/>, waiting for the role's home page.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password, string homeGlob)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await SignInAsync(page, userName, password);
        await HomeAsync(page, homeGlob);
        return page;
    }

    /// <summary>
    /// Waits for the role's home page. The bureau's dashboard is interactive: a person cannot click on before its circuit is up,
    /// and a test that does can leave the next interactive page static (the circuit starting while the page is left).
    /// </summary>
    private static async Task HomeAsync(IPage page, string homeGlob)
    {
        try
        {
            await page.WaitForURLAsync(homeGlob);
        }
        catch (TimeoutException ex)
        {
            // say where the sign-in ended instead (its page and what it shows), with a screenshot, so a failure explains itself
            var name = $"signin-stuck-{Guid.NewGuid():N}"[..21];
            await ScreenshotAsync(page, name);
            var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''");
            throw new TimeoutException($"The sign-in did not reach {homeGlob}: the page is {page.Url} ({name}.png), showing: " +
                                       $"{text[..Math.Min(text.Length, 400)]}", ex);
        }
        if (homeGlob.EndsWith("/bureau", StringComparison.Ordinal))
            await page.WaitForSelectorAsync("[data-test=tiles][data-ready]");
    }

    /// <summary>
    /// The browser tests run the platform on the real clock. A task that depends on the China day (a station's business date,
    /// its close) must not straddle China midnight (16:00 UTC), where the day it began on is no longer today: within
    /// <paramref name="margin"/> of midnight this waits until the new China day has begun. The rules at every hour of the China
    /// day are the Web tests' (fake clock); this only keeps one browser task on one day.
    /// </summary>
    public static async Task OnOneChinaDayAsync(TimeSpan? margin = null)
    {
        var now = DateTimeOffset.UtcNow;
        var left = CreditLoan.Domain.Common.ChinaTime.DayOf(now).End - now;   // to the next China midnight
        if (left < (margin ?? TimeSpan.FromMinutes(3))) await Task.Delay(left + TimeSpan.FromSeconds(2));
    }

    /// <summary>Fills in and sends the sign-in form the page is on.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("section.portal-login button[type=submit]");
    }

    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        // axe.run in the page itself ("legacy" mode: the portal has no frames), violations only. The default mode (RunAxe)
        // opens a new page in a new browser context on every call to merge the frames' results, and brings every passing
        // node back: that was about 1.8 s a check and most of the browser process's CPU (docs/performance.md)
#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: new AxeRunOptions { ResultTypes = [ResultType.Violations], Iframes = false });
#pragma warning restore CS0618
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", bad.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html))}")));
    }

    /// <summary>
    /// Every link, button, input and select drawn inside <paramref name="scope"/> (and not inside <paramref name="except"/>) is a
    /// touch target at least 44 px high. A file input hidden from sight (the portal's <c>FileChoice</c>) is measured by the
    /// caption button drawn for it, which is what a finger presses.
    /// </summary>
    public static async Task AssertTouchTargetsAsync(IPage page, string scope = "main", string? except = null)
    {
        var small = await page.EvaluateAsync<string[]>("""
            ([scope, except]) => [...document.querySelectorAll(['a', 'button', 'input:not([type=hidden])', 'select'].map(t => `${scope} ${t}`).join(', '))]
              .filter(e => e.offsetParent !== null && !(except && e.closest(except)))
              .map(e => e.matches('input.portal-file-input') ? e.nextElementSibling?.querySelector('.portal-file-button') ?? e : e)
              .map(e => [e, e.getBoundingClientRect().height]).filter(([, h]) => h > 0 && h < 44)
              .map(([e, h]) => `${e.tagName} ${e.getAttribute('data-test') ?? e.getAttribute('name') ?? e.textContent.trim()} ${Math.round(h)}px`)
            """, new[] { scope, except });
        Assert.True(small.Length == 0, $"{page.Url}: touch targets under 44 px: {string.Join("; ", small)}");
    }

    /// <summary>The page fits its viewport's width: nothing scrolls sideways (tables scroll inside their own box).</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.True(scroll <= width, $"{page.Url} is {scroll} px wide on a {width} px screen");
    }

    /// <summary>Words a Chinese page may show in Latin letters: units, formats and names that are the same in Chinese.</summary>
    private static readonly HashSet<string> LatinAllowed = new(StringComparer.Ordinal)
        { "English", "CSV", "XLSX", "UTF", "GBK", "JSON", "API", "ID", "PDF", "QR", "CNY", "TLS", "HTTP", "HTTPS", "SMS", "OK" };

    /// <summary>
    /// A Chinese page shows no English and no field keys: no run of three or more Latin letters outside the allowed words
    /// (the language switch's own "English" among them), no dotted or underscored identifiers.
    /// </summary>
    public static async Task AssertChineseAsync(IPage page, string scope = "main")
    {
        // ids (the audit log's entities) are identifiers like codes, whatever letters a part of one happens to be ("…-bdde-…")
        var text = Regex.Replace(await page.InnerTextAsync(scope), @"\b[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b", " ");
        // tokens with a digit are numbers, codes and receipt numbers (R20261202…), not words
        var words = Regex.Matches(text, @"[A-Za-z0-9_.]+").Select(m => m.Value.Trim('.'))
            .Where(w => w.Count(char.IsAsciiLetter) >= 3 && !w.Any(char.IsAsciiDigit) && !LatinAllowed.Contains(w)).Distinct().ToList();
        Assert.True(words.Count == 0, $"{page.Url} shows Latin text: {string.Join(", ", words)}");
    }

    /// <summary>
    /// Chooses <paramref name="file"/> in the page's Blazor <c>InputFile</c> and waits until <paramref name="ready"/> shows the
    /// circuit took it. The input's change listener is attached by the circuit after its first interactive render, so this
    /// first waits for that (InputFile's own marker), then chooses the file, choosing again only if the change went unseen.
    /// A failure says what the page showed: the browser's console and whether Blazor's error bar or reconnect dialog was up.
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, string input, string file, ILocator ready)
    {
        var console = new List<string>();
        void Log(object? _, IConsoleMessage m) { lock (console) console.Add($"{m.Type}: {m.Text}"); }
        page.Console += Log;
        try
        {
            await page.WaitForFunctionAsync($"() => document.querySelector({System.Text.Json.JsonSerializer.Serialize(input)})?._blazorInputFileNextFileId !== undefined",
                null, new() { Timeout = 60_000 });
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await page.SetInputFilesAsync(input, file);
                try { await ready.WaitForAsync(new() { Timeout = 10_000 }); return; }
                catch (TimeoutException) { }
            }
            var state = await page.EvaluateAsync<string>(
                "() => ['blazor-error-ui', 'components-reconnect-modal'].map(id => { const e = document.getElementById(id); return id + '=' + (e ? getComputedStyle(e).display + '/' + e.className : 'absent'); }).join(' ')");
            string log;
            lock (console) log = string.Join("\n", console);
            throw new TimeoutException($"{page.Url}: the circuit never took the file {Path.GetFileName(file)} ({state}). Browser console:\n{log}");
        }
        finally
        {
            page.Console -= Log;
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        // this class's contexts go (another class may be using the browser now); the browser stays (SharedBrowserAsync)
        foreach (var context in _contexts)
            await context.CloseAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}
