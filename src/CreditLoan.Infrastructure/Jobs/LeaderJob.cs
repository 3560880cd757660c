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
