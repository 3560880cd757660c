using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreditLoan.Web.Tests;

/// <summary>A platform with the production limits (RateLimits:Multiplier 1), and small registration and export budgets to reach.</summary>
public abstract class RateLimitedApp : CreditLoanApp
{
    protected RateLimitedApp(TestDatabase database) : base(database)
    {
        Settings["RateLimits:Multiplier"] = "1";
        Settings["RateLimits:RegistrationsPerClientPerHour"] = "2";
        Settings["RateLimits:BulkPerUserPerMinute"] = "3";
    }
}

public sealed class SqliteRateLimitedApp() : RateLimitedApp(TestDatabase.Sqlite);

public sealed class MariaDbRateLimitedApp() : RateLimitedApp(TestDatabase.MariaDb);

/// <summary>
/// Sign-in and the expensive endpoints are rate-limited (product.md §11): 429 with Retry-After; wrong passwords slow the
/// client that sends them, never lock the account for everyone else; an unknown name reads exactly like a known one.
/// </summary>
public abstract class RateLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : RateLimitedApp
{
    private HttpClient From(string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    [Fact]
    public async Task Wrong_passwords_throttle_their_client_and_never_lock_the_account_for_others()
    {
        var bank = await app.NewBankAsync();
        var userName = TestData.UserName("victim");
        await (await (await app.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = Scenarios.Password, displayName = "受害人" })).ReadJsonAsync(HttpStatusCode.Created);

        var attacker = From("203.0.113.7");
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(attacker, userName, "guess-number-" + i)).StatusCode);
        var throttled = await SignIn(attacker, userName, Scenarios.Password);
        await throttled.ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single()) >= 1);

        // the account's owner, from elsewhere, signs in as usual: five guesses lock nobody out
        await (await SignIn(From("198.51.100.20"), userName, Scenarios.Password)).ReadJsonAsync(HttpStatusCode.OK);
        // nor the documented administrator's name
        var admin = From("203.0.113.8");
        for (var i = 0; i < 6; i++) await SignIn(admin, CreditLoanApp.AdminUserName, "guess-number-" + i);
        await (await SignIn(From("198.51.100.21"), CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_name_is_answered_exactly_like_a_wrong_password_and_a_throttled_one_like_a_throttled_one()
    {
        var bank = await app.NewBankAsync();
        var known = TestData.UserName("known");
        await (await (await app.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = known, password = Scenarios.Password, displayName = "某人" })).ReadJsonAsync(HttpStatusCode.Created);
        var unknown = TestData.UserName("nobody");

        async Task<(HttpStatusCode, string?, string?)> Answer(HttpResponseMessage r)
        {
            var body = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
            return (r.StatusCode, (string?)body["title"], (string?)body["detail"]);
        }
        var a = From("203.0.113.30");
        var b = From("203.0.113.31");
        for (var i = 0; i < 5; i++)
            Assert.Equal(await Answer(await SignIn(a, known, "wrong-password-" + i)), await Answer(await SignIn(b, unknown, "wrong-password-" + i)));
        var knownThrottled = await SignIn(a, known, "wrong-password-x");
        var unknownThrottled = await SignIn(b, unknown, "wrong-password-x");
        Assert.Equal(HttpStatusCode.TooManyRequests, knownThrottled.StatusCode);
        Assert.Equal(await Answer(knownThrottled), await Answer(unknownThrottled));
    }

    [Fact]
    public async Task One_client_flooding_sign_in_gets_429_with_Retry_After()
    {
        var flood = From("203.0.113.50");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 25 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await SignIn(flood, TestData.UserName("n" + i), "any-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_registry_preview_shares_the_registration_budget_and_the_registration_page_is_always_shown()
    {
        var client = From("203.0.113.61");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.GetAsync($"/api/enterprises/register/preview?creditCode={TestData.CreditCode()}")).StatusCode);
        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
        // the same address: registering is over the limit too (one budget), while the page itself still opens
        var registering = await client.PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = TestData.CreditCode(), phone = "13812345678", userName = TestData.UserName("r"), password = Scenarios.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, registering.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/register") { Headers = { { "Accept", "text/html" } } };
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task Registration_and_exports_are_rate_limited()
    {
        var client = From("203.0.113.60");
        HttpStatusCode last = default;
        for (var i = 0; i < 3; i++)
            last = (await client.PostAsJsonAsync("/api/enterprises/register",
                new { creditCode = TestData.CreditCode(), phone = "13812345678", userName = TestData.UserName("r"), password = Scenarios.Password })).StatusCode;
        Assert.Equal(HttpStatusCode.TooManyRequests, last);

        var bureau = await app.BureauAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await bureau.GetAsync("/api/stats/by-bank?format=csv")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // the same table as JSON (the dashboard's) is not an export
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/api/stats/by-bank")).StatusCode);
        var limited = await bureau.GetAsync("/api/stats/by-bank?format=xlsx");
        await limited.ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}

public sealed class SqliteRateLimitTests(SqliteRateLimitedApp app) : RateLimitTests<SqliteRateLimitedApp>(app);

public sealed class MariaDbRateLimitTests(MariaDbRateLimitedApp app) : RateLimitTests<MariaDbRateLimitedApp>(app);

/// <summary>Two instances on one database: a revocation on one holds on the other within the session cache's few seconds.</summary>
public sealed class RevocationAcrossInstancesTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(DateTimeOffset.UtcNow);
    private CreditLoanApp _first = null!;
    private CreditLoanApp _second = null!;

    public async Task InitializeAsync()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        _first = new MariaDbApp { ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)) };
        _first.Settings["Jwt:SigningKey"] = key;
        await _first.InitializeAsync();
        _second = new CreditLoanApp(TestDatabase.MariaDb)
        {
            SharedConnectionString = _first.ConnectionString,
            ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
        };
        _second.Settings["Jwt:SigningKey"] = key;
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_second).DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    [Fact]
    public async Task A_user_disabled_on_one_instance_is_refused_by_the_other_within_seconds()
    {
        var bank = await _first.NewBankAsync();
        var userName = TestData.UserName("twice");
        var user = await (await (await _first.BureauAsync()).PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = Scenarios.Password, displayName = "两地" })).ReadJsonAsync(HttpStatusCode.Created);
        var onSecond = await _second.ClientAsync(userName, Scenarios.Password);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/products/mine")).StatusCode);   // its session answer is cached there now

        await (await bank.Officer.PostAsync($"/api/users/{user["id"]}/disable", null)).ReadJsonAsync(HttpStatusCode.OK);
        _clock.Set(_clock.GetUtcNow().AddSeconds(6));   // past the session cache's five seconds
        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/products/mine")).StatusCode);
        // and the token's copy on the first instance, at once
        var token = onSecond.DefaultRequestHeaders.Authorization!;
        var onFirst = _first.CreateClient();
        onFirst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(token.Scheme, token.Parameter);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onFirst.GetAsync("/api/products/mine")).StatusCode);
    }
}
