using System.Net.Http.Headers;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
    public const string AdminPassword = "bureau-Admin-2026";

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

    /// <summary>The MariaDB server to create the database on (default: the shared test server).</summary>
    public Func<MariaDbServer>? DatabaseServer { get; init; }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _connectionString = Database == TestDatabase.MariaDb
            ? await (DatabaseServer?.Invoke() ?? MariaDbServer.Instance).CreateDatabaseAsync()
            : $"Data Source={Path.Combine(_dataDirectory, "test.db")}";
        await PrepareDatabaseAsync(_connectionString);
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
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database == TestDatabase.MariaDb ? nameof(DatabaseProvider.MySql) : nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:CreditLoan.Application.Common.Behaviours", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure) builder.ConfigureServices(configure);
    }

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

public sealed class SqliteApp() : CreditLoanApp(TestDatabase.Sqlite);

public sealed class MariaDbApp() : CreditLoanApp(TestDatabase.MariaDb);
