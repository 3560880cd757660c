using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Hosting;

/// <summary>What the web host needs of the database, without knowing it is EF Core underneath.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// The keys that protect the portal's cookie and antiforgery tokens live in the database, so every instance reads the
    /// cookies of the others and a restart signs nobody out; each key is stored encrypted with the certificate of
    /// <see cref="KeyEncryption"/> (keys an earlier release stored in the clear are still read until they expire).
    /// </summary>
    public static IServiceCollection AddDataProtectionKeysInDatabase(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(configuration["Database:DataDirectory"] is { Length: > 0 } d ? d : "data");
        var certificate = KeyEncryption.Certificate(configuration, dataDirectory);
        services.AddDataProtection().SetApplicationName("CreditLoan").ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DbXmlRepository(scopes));
        return services;
    }

    /// <summary>Ready only when the database answers (<c>/health/ready</c>).</summary>
    public static IHealthChecksBuilder AddDatabaseCheck(this IHealthChecksBuilder checks) =>
        checks.AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

    /// <summary>
    /// Migrates the schema and creates the first administrator (<see cref="DatabaseInitializer"/>). On a cluster it finds a
    /// ready node first, and waits for one — a whole cluster restarting — for up to a minute rather than give up.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        var nodes = services.GetService<DatabaseNodes>();
        for (var attempt = 1; ; attempt++)
        {
            if (nodes is not null) await nodes.ProbeAsync(ct);
            await using var scope = services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 60 && DbErrors.Unavailable(e))
            {
                logger.LogWarning("The database is not reachable yet ({Message}); trying again", e.GetBaseException().Message);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    private sealed class DatabaseHealthCheck(IAppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
