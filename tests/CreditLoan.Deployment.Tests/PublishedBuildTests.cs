using System.Buffers.Binary;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CreditLoan.Deployment.Tests;

/// <summary>
/// The published build started from another folder as the systemd unit starts it, behind nginx as the example
/// configures it: the portal's stylesheets and scripts are served whole, the stylesheet applies, an interactive page
/// connects through the proxy, and forwarded headers are honoured from the configured proxy only.
/// </summary>
public sealed class PublishedBuildTests(PublishedBuild build) : IClassFixture<PublishedBuild>
{
    private static async Task<IBrowser> BrowserAsync(IPlaywright playwright)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium is missing at {chromium}: apt-get install -y chromium (./test.sh does it).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Static_assets_are_served_whole_from_the_applications_own_folder()
    {
        Assert.NotEqual(Path.GetFullPath(build.AppDirectory), Path.GetFullPath(build.StateDirectory));
        using var http = new HttpClient();
        var page = await http.GetStringAsync(build.AppUrl + "/");
        foreach (var asset in new[] { "/portal.css", "/portal.js", "/_framework/blazor.web.js", "/_content/Radzen.Blazor/css/material-base.css" })
        {
            var response = await http.GetAsync(build.AppUrl + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var own = Path.Combine(build.AppDirectory, "wwwroot", asset.TrimStart('/').Replace("_content/Radzen.Blazor", "_content/Radzen.Blazor"));
            Assert.True(bytes.Length > 1000, $"{asset} answered {bytes.Length} bytes");
            if (File.Exists(own)) Assert.Equal(new FileInfo(own).Length, bytes.Length);
        }
        Assert.Contains("portal.css", page);
        // the state (the SQLite file, the signing key) lives in the working directory's data folder, not next to the application
        Assert.True(File.Exists(Path.Combine(build.StateDirectory, "data", "creditloan.db")), build.AppLog);
        Assert.False(Directory.Exists(Path.Combine(build.AppDirectory, "data")));
        // appsettings.json of the application's folder was read: its single-line, UTC-stamped console format
        Assert.Matches(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00 info:", build.AppLog);
    }

    /// <summary>
    /// The test hosts hash passwords with 1,000 PBKDF2 rounds to spare the suite's CPU (CreditLoanApp); the published build
    /// keeps ASP.NET Core Identity's 100,000: the bootstrap administrator's stored hash says so (format v3: a marker byte,
    /// the PRF, then the round count, big-endian).
    /// </summary>
    [Fact]
    public async Task The_published_build_hashes_passwords_with_full_rounds()
    {
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(build.AppUrl + "/health/ready")).StatusCode);
        var file = Path.Combine(build.StateDirectory, "data", "creditloan.db");
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT PasswordHash FROM users WHERE NormalizedUserName = 'ADMIN'";
        var hash = Convert.FromBase64String((string)(await query.ExecuteScalarAsync())!);
        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 100_000, $"{BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4))} rounds");
    }

    [Fact]
    public async Task Through_the_proxy_the_portal_is_styled_and_an_interactive_page_connects()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var circuit = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) =>
        {
            if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal)) return;
            socket.FrameReceived += (_, _) => circuit.TrySetResult(socket.Url);
        };

        await page.GotoAsync(build.ProxyUrl + "/login");
        var header = await page.EvalOnSelectorAsync<string>(".portal-header", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(183, 28, 28)", header);   // portal.css applies
        var css = await page.APIRequest.GetAsync(build.ProxyUrl + "/portal.css");
        Assert.True((await css.BodyAsync()).Length > 1000);

        await page.FillAsync("input[name='Input.UserName']", "admin");
        await page.FillAsync("input[name='Input.Password']", PublishedBuild.AdminPassword);
        await page.ClickAsync("section.portal-login button[type=submit]");
        await page.WaitForURLAsync("**/bureau");
        // the dashboard is an interactive page: its circuit's WebSocket goes through nginx and answers
        var url = await circuit.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith($"wss://127.0.0.1:{build.HttpsPort}/_blazor", url);
        await page.WaitForSelectorAsync("[data-test=tiles]");
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "creditloan.portal" && c.Secure);   // the proxy said https: the cookie is Secure
    }

    [Fact]
    public async Task Forwarded_headers_count_from_the_configured_proxy_only()
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var http = new HttpClient(handler);
        // through nginx (from 127.0.0.2, the configured proxy): the platform sees the client's https and host
        var proxied = JsonNode.Parse(await http.GetStringAsync(build.ProxyUrl + "/openapi/v1.json"))!;
        Assert.Equal($"https://127.0.0.1:{build.HttpsPort}", ((string)proxied["servers"]![0]!["url"]!).TrimEnd('/'));
        // straight from 127.0.0.1, which is not a configured proxy, the same headers are ignored
        var direct = new HttpRequestMessage(HttpMethod.Get, build.AppUrl + "/openapi/v1.json");
        direct.Headers.Add("X-Forwarded-Proto", "https");
        direct.Headers.Add("X-Forwarded-Host", "localhost");
        var json = JsonNode.Parse(await (await http.SendAsync(direct)).Content.ReadAsStringAsync())!;
        Assert.Equal($"http://127.0.0.1:{build.AppPort}", ((string)json["servers"]![0]!["url"]!).TrimEnd('/'));
        // a host that is not allowed is refused
        var foreign = new HttpRequestMessage(HttpMethod.Get, build.AppUrl + "/health/live");
        foreign.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(foreign)).StatusCode);
    }
}
