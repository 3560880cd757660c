using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>Every few minutes: applications past their service time limit are marked and their bank told once (督办).</summary>
public sealed class OverdueSupervisionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueSupervisionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await OverdueSupervision.NotifyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<IWriteGate>(), clock, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var n = await RunOnceAsync(stoppingToken);
                if (n > 0) logger.LogWarning("{Count} application(s) passed their service time limit; their banks were notified (督办)", n);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Overdue supervision failed; retrying at the next tick");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
