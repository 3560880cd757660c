using Microsoft.AspNetCore.Builder;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Hosting;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CreditLoan.Testing;

public enum TestDatabase { Sqlite, MariaDb }

/// <summary>
/// The whole platform in process (WebApplicationFactory) on a fresh database: a temporary SQLite file, or a new
/// database on the shared test <see cref="MariaDbServer"/>.
/// </summary>
public class CreditLoanApp(TestDatabase database) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "bureau-Chief-2026";

    /// <summary>The scraper's token the test platforms serve /metrics to (Metrics:ScrapeToken).</summary>
    public const string MetricsToken = "test-scrape-token-0123456789";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "creditloan-tests", Guid.NewGuid().ToString("N"));
    private string? _connectionString;

    public TestDatabase Database { get; } = database;

    /// <summary>Runs on the new, empty database before the platform first starts on it (e.g. to restore an older release's data).</summary>
    protected virtual Task PrepareDatabaseAsync(string connectionString) => Task.CompletedTask;

    /// <summary>The database's connection string (set once the fixture is initialised).</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Not initialised yet.");

    /// <summary>Replace services before the host starts (e.g. a fake clock).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>The ASP.NET Core environment the platform runs in (Production turns on HSTS, Secure cookies, AllowedHosts).</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Start on this existing database (another instance's) instead of a new one: several instances, one database.</summary>
    public string? SharedConnectionString { get; init; }

    /// <summary>The MariaDB server to create the database on (default: the shared test server).</summary>
    public Func<MariaDbServer>? DatabaseServer { get; init; }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _connectionString = SharedConnectionString ?? (Database == TestDatabase.MariaDb
            ? await (DatabaseServer?.Invoke() ?? MariaDbServer.Instance).CreateDatabaseAsync()
            : $"Data Source={Path.Combine(_dataDirectory, "test.db")}");
        if (SharedConnectionString is null) await PrepareDatabaseAsync(_connectionString);
        StartServer(); // start the host now, so migrations run once per fixture
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Database == TestDatabase.MariaDb ? nameof(DatabaseProvider.MySql) : nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:CreditLoan.Application.Common.Behaviours", "Warning");
        // the suite signs in hundreds of times from one in-process client: the limits scaled up, except where a test sets them
        builder.UseSetting("RateLimits:Multiplier", "1000");
        builder.UseSetting("AllowedHosts", "*");
        builder.UseSetting("Metrics:ScrapeToken", MetricsToken);
        // a test names its client's address with X-Test-Client (the in-process server has none of its own)
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>());
        // passwords hashed with 1,000 PBKDF2 rounds instead of Identity's 100,000: every sign-in and new user of the suite
        // cost about 70 ms of CPU (thousands of them on two cores). The hash is the same algorithm and format; the published
        // build, with Identity's default, signs in in the deployment tests.
        builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashRounds));
        builder.UseSetting("DataProtection:CertificatePath", SharedKeyEncryptionCertificate);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure) builder.ConfigureServices(configure);
    }

    /// <summary>PBKDF2 rounds of the test hosts' password hashes (see <see cref="ConfigureWebHost"/>).</summary>
    public const int TestHashRounds = 1_000;

    private static readonly Lazy<string> SharedCertificate = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "creditloan-tests", $"dp-{System.Environment.ProcessId}");
        using var _ = KeyEncryption.Certificate(new ConfigurationBuilder().Build(), directory);   // made as a first start makes it
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { }
        };
        return Path.Combine(directory, KeyEncryption.FileName);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Data Protection key-encryption certificate (<c>DataProtection:CertificatePath</c>) every test host of this process
    /// uses, made once. Without it each host made its own RSA-3072 key at start, about a tenth of the API tests' CPU
    /// (docs/performance.md). A test of the certificate a first start makes sets the path to "" (Settings).
    /// </summary>
    public static string SharedKeyEncryptionCertificate => SharedCertificate.Value;

    public async Task<HttpClient> ClientAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> BureauAsync() => ClientAsync(AdminUserName, AdminPassword);

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt, string Role);
}

/// <summary>Sets the connection's remote address from the <c>X-Test-Client</c> header, as a real client's would be.</summary>
public sealed class TestClientAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (Microsoft.AspNetCore.Http.HttpContext http, Func<Task> go) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var ip)) http.Connection.RemoteIpAddress = ip;
            await go();
        });
        next(app);
    };
}

public sealed class SqliteApp() : CreditLoanApp(TestDatabase.Sqlite);

public sealed class MariaDbApp() : CreditLoanApp(TestDatabase.MariaDb);
