using CreditLoan.Application;
using CreditLoan.Application.Common.Security;
using CreditLoan.Infrastructure;
using CreditLoan.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CreditLoan.Testing;

/// <summary>A caller the test decides; slice tests send requests as bureau, bank, enterprise or agent users.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Role { get; set; }
    public Guid? BankId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public Guid? StationId { get; set; }

    public static TestCurrentUser Anonymous => new();
    public static TestCurrentUser Bureau => new() { IsAuthenticated = true, UserId = "bureau-1", UserName = "admin", Role = Roles.Bureau };
    public static TestCurrentUser BankOfficer(Guid bankId, string name = "officer") =>
        new() { IsAuthenticated = true, UserId = name, UserName = name, Role = Roles.Bank, BankId = bankId };
    public static TestCurrentUser EnterpriseUser(Guid enterpriseId) =>
        new() { IsAuthenticated = true, UserId = "ent", UserName = "ent", Role = Roles.Enterprise, EnterpriseId = enterpriseId };
}

/// <summary>
/// The application and infrastructure layers without HTTP: requests go through the real mediator pipeline against
/// a real database (a SQLite file or a fresh MariaDB database).
/// </summary>
public class SliceHost(TestDatabase database) : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "creditloan-slices", Guid.NewGuid().ToString("N"));

    public TestDatabase Database { get; } = database;
    public ServiceProvider Services { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    /// <summary>Override before <see cref="InitializeAsync"/> to replace services (fake clock, failing sender...).</summary>
    protected virtual void Configure(IServiceCollection services) { }

    /// <summary>Override to change the configuration the host starts with.</summary>
    protected virtual IDictionary<string, string?> Settings(IDictionary<string, string?> defaults) => defaults;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        ConnectionString = Database == TestDatabase.MariaDb
            ? await MariaDbServer.Instance.CreateDatabaseAsync("s")
            : $"Data Source={Path.Combine(_dataDirectory, "slice.db")}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database == TestDatabase.MariaDb ? "MySql" : "Sqlite",
            ["Database:DataDirectory"] = _dataDirectory,
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Bootstrap:AdminPassword"] = CreditLoanApp.AdminPassword,
            ["Outbox:Enabled"] = "false",
        })).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddScoped<TestCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        Configure(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Sends one request through the pipeline as <paramref name="user"/>, in its own scope (like one HTTP request).</summary>
    public async Task<TResponse> SendAsync<TResponse>(TestCurrentUser user, IRequest<TResponse> request) => await SendCore<TResponse>(user, request);

    public async Task<TResponse> SendAsync<TResponse>(TestCurrentUser user, ICommand<TResponse> command) => await SendCore<TResponse>(user, command);

    public async Task<TResponse> SendAsync<TResponse>(TestCurrentUser user, IQuery<TResponse> query) => await SendCore<TResponse>(user, query);

    private async Task<TResponse> SendCore<TResponse>(TestCurrentUser user, object message)
    {
        await using var scope = Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<TestCurrentUser>();
        current.IsAuthenticated = user.IsAuthenticated;
        current.UserId = user.UserId;
        current.UserName = user.UserName;
        current.Role = user.Role;
        current.BankId = user.BankId;
        current.EnterpriseId = user.EnterpriseId;
        current.StationId = user.StationId;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return (TResponse)(await mediator.Send(message, CancellationToken.None))!;
    }

    /// <summary>A fresh DbContext in its own scope, for asserting on what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
