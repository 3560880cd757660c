using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Jobs;

/// <summary>
/// Runs the background jobs on exactly one instance at a time (ADR 0007). Every instance tries every few seconds to take
/// or renew one row of <c>job_leases</c> with a conditional UPDATE — "mine, or expired" — so at most one wins; on a Galera
/// cluster two instances updating the row at once on different nodes meet at certification and one of them fails. The
/// holder runs the jobs while its lease, as it last renewed it, has not run out on its own clock minus one renewal
/// interval; when the instance dies, the lease expires and another instance takes it within
/// <see cref="JobLeaseOptions.LeaseSeconds"/> plus one renewal. Works the same on SQLite (one instance anyway).
/// </summary>
public sealed class JobLeadership(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobLeaseOptions> options, ILogger<JobLeadership> logger)
    : BackgroundService
{
    private readonly JobLeaseOptions _options = options.Value;

    public string LeaseName => _options.LeaseName;
    private long _leaderUntilTicks;
    private long _generation;

    public string InstanceId { get; } = options.Value.InstanceName
        ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Whether this instance may run the jobs now.</summary>
    public bool IsLeader => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _leaderUntilTicks);

    /// <summary>Goes up each time this instance takes the lease (after not holding it): the jobs then run at once.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public DateTimeOffset? LeaderSince { get; private set; }

    /// <summary>Takes or renews the lease; true when this instance holds it afterwards.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        var now = clock.GetUtcNow();
        var expires = now.AddSeconds(_options.LeaseSeconds);
        var me = InstanceId;
        var name = LeaseName;
        int held;
        using (await gate.EnterAsync(ct))
        {
            held = await db.JobLeases.Where(l => l.Name == name && (l.Holder == me || l.ExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.AcquiredAt, l => l.Holder == me ? l.AcquiredAt : now)
                    .SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, expires), ct);
            if (held == 0 && !await db.JobLeases.AnyAsync(l => l.Name == name, ct))
            {
                db.JobLeases.Add(new JobLease(name, me, now, expires));
                try
                {
                    await db.SaveChangesAsync(ct);
                    held = 1;
                }
                catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) || DbErrors.IsDeadlock(e))
                {
                    held = 0;   // another instance made the row first
                }
            }
        }
        var wasLeader = IsLeader;
        if (held == 1)
        {
            // trusted until one renewal before it runs out, so a holder that cannot renew stops before another may take over
            Interlocked.Exchange(ref _leaderUntilTicks, expires.AddSeconds(-_options.RenewSeconds).UtcTicks);
            if (!wasLeader)
            {
                LeaderSince = now;
                Interlocked.Increment(ref _generation);
                logger.LogInformation("Instance {Instance} now runs the background jobs", me);
            }
        }
        else if (wasLeader)
        {
            Interlocked.Exchange(ref _leaderUntilTicks, 0);
            logger.LogWarning("Instance {Instance} lost the background jobs' lease", me);
        }
        return held == 1;
    }

    /// <summary>Gives the lease up at a clean stop, so another instance takes over at once.</summary>
    private async Task ReleaseAsync()
    {
        if (!IsLeader) return;
        Interlocked.Exchange(ref _leaderUntilTicks, 0);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var me = InstanceId;
            var name = LeaseName;
            var past = clock.GetUtcNow().AddSeconds(-1);
            await db.JobLeases.Where(l => l.Name == name && l.Holder == me).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not release the background jobs' lease; it expires by itself");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        // the cadence is real time whatever clock the business runs on (a test's fake clock jumping a month must not fire
        // a month of ticks); the lease itself is written and judged in the business clock
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.RenewSeconds), TimeProvider.System);
        do
        {
            try
            {
                await TryHoldAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not take or renew the background jobs' lease; trying again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReleaseAsync();
    }
}
