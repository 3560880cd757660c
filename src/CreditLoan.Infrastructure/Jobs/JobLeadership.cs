using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Jobs;

/// <summary>A lease on the background jobs held by one instance until it expires (table <c>job_leases</c>).</summary>
public sealed class JobLease
{
    private JobLease() { }

    public JobLease(string name, string holder, DateTimeOffset acquiredAt, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        AcquiredAt = acquiredAt;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset AcquiredAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
}

public sealed class JobLeaseOptions
{
    public const string Section = "Jobs";

    /// <summary>This instance's name in the lease (default: host name, process id and a random suffix).</summary>
    public string? InstanceName { get; set; }

    /// <summary>How long a lease lasts without renewal: how long the jobs may stand still after their instance died.</summary>
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>How often the holder renews (and the others try to take over an expired lease).</summary>
    public int RenewSeconds { get; set; } = 3;

    /// <summary>The lease's row; instances share the jobs only when they name the same lease.</summary>
    public string LeaseName { get; set; } = "background-jobs";
}

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

/// <summary>When each background job last ran on this instance, for operators and the fault test.</summary>
public sealed class JobRuns
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, string Outcome)> _runs = new();

    public void Record(string job, DateTimeOffset at, string outcome) => _runs[job] = (at, outcome);

    public IReadOnlyDictionary<string, (DateTimeOffset At, string Outcome)> Snapshot() => new Dictionary<string, (DateTimeOffset, string)>(_runs);
}

/// <summary>
/// A background job that runs only on the instance holding the lease: every <see cref="Interval"/>, and at once when this
/// instance takes the lease over (the jobs resume there without waiting for the dead instance's schedule).
/// </summary>
public abstract class LeaderJob(JobLeadership leadership, JobRuns runs, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the job is switched on in this deployment.</summary>
    protected virtual bool Enabled => true;

    /// <returns>A line for the log and the ops endpoint, or null when there was nothing to do.</returns>
    protected abstract Task<string?> RunJobAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        var check = TimeSpan.FromSeconds(1) < Interval ? TimeSpan.FromSeconds(1) : Interval;
        using var timer = new PeriodicTimer(check, TimeProvider.System);   // real-time cadence, business-clock schedule
        var next = DateTimeOffset.MinValue;
        var generation = -1L;
        do
        {
            if (!leadership.IsLeader) continue;
            var now = clock.GetUtcNow();
            if (leadership.Generation == generation && now < next) continue;
            generation = leadership.Generation;
            next = now + Interval;
            try
            {
                var outcome = await RunJobAsync(stoppingToken);
                runs.Record(Name, clock.GetUtcNow(), outcome ?? "nothing to do");
                if (outcome is not null) logger.LogInformation("{Job}: {Outcome}", Name, outcome);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                runs.Record(Name, clock.GetUtcNow(), "failed: " + ex.GetType().Name);
                logger.LogError(ex, "{Job} failed; retrying at the next tick", Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public sealed class InstanceStatus(JobLeadership leadership, JobRuns runs, AppDbContext db) : Application.Features.Operations.IInstanceStatus
{
    public async Task<Application.Features.Operations.InstanceStatusResponse> ReadAsync(CancellationToken ct)
    {
        var name = leadership.LeaseName;
        var lease = await db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct);
        return new(leadership.InstanceId, leadership.IsLeader, leadership.IsLeader ? leadership.LeaderSince : null,
            lease is null ? null : new(lease.Holder, lease.AcquiredAt, lease.ExpiresAt),
            runs.Snapshot().OrderBy(r => r.Key).Select(r => new Application.Features.Operations.JobRunResponse(r.Key, r.Value.At, r.Value.Outcome)).ToList(),
            Application.Features.Operations.Release.Version,
            (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault());
    }
}
