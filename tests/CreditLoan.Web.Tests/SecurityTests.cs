using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CreditLoan.Web.Tests;

/// <summary>The platform as Production runs it: HSTS, a Secure cookie, AllowedHosts, no /metrics without a scraper's token.</summary>
public sealed class ProductionApp : CreditLoanApp
{
    public ProductionApp() : base(TestDatabase.Sqlite)
    {
        Environment = "Production";
        Settings["AllowedHosts"] = "localhost;loan.example.gov.cn";
        Settings["Metrics:ScrapeToken"] = "";
        Settings["DataProtection:CertificatePath"] = "";   // its own certificate, made at first start as production's is
    }
}

/// <summary>
/// The outputs and the host's defences (issue 15): security headers on pages, API and receipts; HSTS, the Secure cookie
/// and AllowedHosts in Production; /metrics only for the scraper; strict tokens; CSV cells that cannot run as formulas;
/// keys encrypted at rest and private files.
/// </summary>
public sealed class SecurityTests(SqliteApp app, ProductionApp production) : IClassFixture<SqliteApp>, IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_with_a_policy_fitting_it()
    {
        var client = app.CreateClient();
        var api = await client.GetAsync("/api/banks");
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", api.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("default-src 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
        var problem = await client.GetAsync("/api/banks/" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("nosniff", problem.Headers.GetValues("X-Content-Type-Options").Single());

        var page = await client.GetAsync("/products");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        // no HSTS outside Production (a developer's plain-HTTP localhost must keep working)
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_receipt_has_its_own_strict_policy()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var account = await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{station.StationId}/transactions")
            { Content = JsonContent.Create(new { type = "CashDeposit", accountNo = (string)account["accountNo"]!, amount = 100m }) };
        request.Headers.Add("Idempotency-Key", "receipt-headers");
        var tx = await (await station.Agent.SendAsync(request)).ReadJsonAsync(HttpStatusCode.Created);
        var receipt = await station.Agent.GetAsync($"/api/stations/{station.StationId}/transactions/{tx["id"]}/receipt?format=html");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", receipt.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", receipt.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Production_sends_HSTS_a_Secure_cookie_and_refuses_unknown_hosts()
    {
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://loan.example.gov.cn"), AllowAutoRedirect = false });
        var page = await client.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
        // the antiforgery cookie the sign-in form sets is Secure (and so is the sign-in cookie: the same policy)
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var evil = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });
        var refused = await evil.GetAsync("/bureau");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.Location?.ToString().Contains("evil.example") ?? false);
    }

    [Fact]
    public async Task Metrics_are_served_only_to_the_configured_scraper()
    {
        // Production here has no scraper configured: nothing on the public port
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient(new WebApplicationFactoryClientOptions
            { BaseAddress = new Uri("https://localhost") }).GetAsync("/metrics")).StatusCode);
        var anonymous = app.CreateClient();
        var refused = await anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        // a bureau token is not the scraper's either
        var bureau = await app.BureauAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await bureau.GetAsync("/metrics")).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreditLoanApp.MetricsToken);
        Assert.Contains("# TYPE", await anonymous.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task Tokens_need_an_expiry_and_HS256_and_a_live_session()
    {
        var bureau = await app.BureauAsync();
        var real = bureau.DefaultRequestHeaders.Authorization!.Parameter!;
        var claims = Tokens.ClaimsOf(real);
        async Task<HttpStatusCode> With(string token)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (await client.GetAsync("/api/stats/overview")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await With(Tokens.Sign(app, claims)));
        Assert.Equal(HttpStatusCode.Unauthorized, await With(Tokens.Sign(app, claims, expires: false)));
        Assert.Equal(HttpStatusCode.Unauthorized, await With(Tokens.Sign(app, claims, SecurityAlgorithms.HmacSha512)));
        Assert.Equal(HttpStatusCode.Unauthorized, await With(Tokens.Sign(app, claims, SecurityAlgorithms.HmacSha384)));
        var unsigned = string.Join('.', real.Split('.')[..2].Select((part, i) => i == 0
            ? Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") : part)) + ".";
        Assert.Equal(HttpStatusCode.Unauthorized, await With(unsigned));
    }

    [Fact]
    public async Task A_bank_named_like_a_formula_stays_text_in_the_CSV_export()
    {
        var bureau = await app.BureauAsync();
        var name = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        await (await bureau.PostAsJsonAsync("/api/banks", new { name, creditCode = TestData.CreditCode() })).ReadJsonAsync(HttpStatusCode.Created);
        var csv = await bureau.GetStringAsync("/api/stats/by-bank?format=csv");
        Assert.DoesNotContain("\n=HYPERLINK", csv.Replace("\r", ""));
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.Contains("'=HYPERLINK", csv);
        foreach (var start in new[] { "+1", "-1", "@SUM(A1)" })
        {
            await (await bureau.PostAsJsonAsync("/api/banks", new { name = start + "银行", creditCode = TestData.CreditCode() })).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Contains("'" + start + "银行", await bureau.GetStringAsync("/api/stats/by-bank?format=csv"));
        }
    }

    [Fact]
    public async Task Data_protection_keys_are_encrypted_at_rest_and_the_data_files_are_private()
    {
        // the sign-in page's antiforgery token makes the key ring exist
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://loan.example.gov.cn") });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        // and a token issued makes the signing key exist
        (await client.PostAsJsonAsync("/api/auth/token", new { userName = CreditLoanApp.AdminUserName, password = CreditLoanApp.AdminPassword }))
            .EnsureSuccessStatusCode();
        await using var scope = production.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("EncryptedData", xml));
        Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml));

        if (OperatingSystem.IsWindows()) return;
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(production.ConnectionString).DataSource;
        var directory = Path.GetDirectoryName(file)!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        foreach (var key in new[] { "jwt-signing.key", "dataprotection.pfx" })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, key)));
        if (File.Exists(file + "-wal")) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file + "-wal"));
    }
}
