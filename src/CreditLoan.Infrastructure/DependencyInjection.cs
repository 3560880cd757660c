using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Application.Features.Auth;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Infrastructure.Identity;
using CreditLoan.Infrastructure.Import;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Database (by <c>Database:Provider</c>), Identity, tokens, outbox and imports.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Relative to the working directory (with `dotnet run`, the project directory: src/CreditLoan.Web/data).
        options.DataDirectory = Path.GetFullPath(options.DataDirectory);
        services.AddSingleton(options);
        services.AddScoped<IStatsStore, StatsStore>();
        services.AddScoped<ICaseNumbers, CaseNumbers>();
        services.AddScoped<IRepaymentWriter, RepaymentWriter>();
        services.TryAddTimeProvider();

        var connectionString = configuration.GetConnectionString("Default");
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            PrivateFiles.Directory(options.DataDirectory);
            var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(options.DataDirectory, "creditloan.db")}"
                : connectionString) { DefaultTimeout = 30, Pooling = true };
            // the database file readable by the service's user only, from its creation on
            if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            {
                PrivateFiles.Directory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                PrivateFiles.File(Path.GetFullPath(file));
            }
            services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(builder.ConnectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
            services.AddSingleton<IWriteGate, SqliteWriteGate>();
            services.AddSingleton<IDatabaseFailures>(new DatabaseFailures(retriesTransactions: false));
            services.AddSingleton<IBulkSql, SqliteBulkSql>();
            services.AddSingleton<IStationLock, SqliteStationLock>();
            services.AddScoped<ICounterBooks, EfCounterBooks>();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is MySql but ConnectionStrings:Default is empty.");
            var version = ServerVersion.Parse(options.MySqlServerVersion);
            services.AddSingleton(sp => new DatabaseNodes(connectionString, sp.GetRequiredService<ILogger<DatabaseNodes>>()));
            services.AddHostedService<DatabaseNodeMonitor>();
            // each request's context on the node in use now (one node, or the ready one of a cluster's)
            services.AddDbContext<MySqlAppDbContext>((sp, o) => o.UseMySql(sp.GetRequiredService<DatabaseNodes>().ConnectionString, version,
                    // one statement per round trip: on Galera, a transaction aborted by a replicated write (a BF abort) between two
                    // statements of one multi-statement packet was seen to leave the packet's remaining statements committed on
                    // their own (docs/reliability.md, "Statements one at a time"); a single statement gets the deadlock error instead
                    my => my.EnableStringComparisonTranslations().MaxBatchSize(1)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<MySqlAppDbContext>());
            services.AddSingleton<IWriteGate, NoWriteGate>();
            services.AddSingleton<IDatabaseFailures>(sp => new DatabaseFailures(retriesTransactions: true, sp.GetRequiredService<DatabaseNodes>()));
            services.AddSingleton<IBulkSql, MySqlBulkSql>();
            services.AddScoped<IStationLock, MySqlStationLock>();
            services.AddSingleton<ICounterBooks>(sp =>
                new MySqlCounterBooks(sp.GetRequiredService<DatabaseNodes>(), sp.GetRequiredService<Application.Common.RetryPolicy>(), sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<MySqlCounterBooks>>()));
        }
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseInitializer>();
        services.TryAddSingleton<OperatorConsole>();

        services.AddIdentityCore<AppUser>(o =>
            {
                // product.md §11: length, a common-password list and the user name (PasswordPolicy); no composition rules
                o.Password.RequiredLength = AccountRules.MinimumPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // no lockout: one client could lock anybody out with five guesses; sign-ins are throttled instead (SignInThrottle)
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPasswordValidator<PasswordPolicy>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        services.AddSingleton<ISessionRegistry, SessionRegistry>();

        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        services.AddSingleton(jwt);
        services.AddSingleton(sp => new SigningKeyProvider(jwt, options.DataDirectory, sp.GetRequiredService<ILogger<SigningKeyProvider>>()));
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();

        services.Configure<Jobs.JobLeaseOptions>(configuration.GetSection(Jobs.JobLeaseOptions.Section));
        services.AddSingleton<Jobs.JobLeadership>();
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.JobLeadership>());
        services.AddSingleton<Jobs.JobRuns>();
        services.AddScoped<Application.Features.Operations.IInstanceStatus, Jobs.InstanceStatus>();
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<INotificationSender, LogNotificationSender>();
        services.AddHostedService<OutboxBackgroundService>();

        services.AddScoped<ICreditDataImporter, CreditDataImporter>();
        services.AddScoped<CreditProfileUpdater>();
        services.AddScoped<Application.Features.Credit.ICreditDataReader, CreditDataReader>();
        services.AddHostedService<NeedExpiryService>();
        services.AddHostedService<OverdueSupervisionService>();
        services.AddHostedService<LoanServicingService>();
        services.AddHostedService<CalendarReminderService>();
        services.AddOptions<Application.Features.Calendar.ServiceTimeLimits>()
            .Bind(configuration.GetSection(Application.Features.Calendar.ServiceTimeLimits.Section))
            .Validate(l => l.AcceptWorkingDays is >= 1 and <= 60 && l.DecideWorkingDays is >= 1 and <= 60,
                "Applications:AcceptWorkingDays and Applications:DecideWorkingDays must be 1 to 60 working days.")
            .ValidateOnStart();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
