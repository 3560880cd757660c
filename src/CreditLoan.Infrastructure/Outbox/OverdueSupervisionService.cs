using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>Every few minutes: applications past their service time limit are marked and their bank told once (督办).</summary>
public sealed class OverdueSupervisionService(IServiceScopeFactory scopes, TimeProvider clock, Jobs.JobLeadership leadership, Jobs.JobRuns runs,
    ILogger<OverdueSupervisionService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override string Name => "overdue-supervision";

    protected override TimeSpan Interval => Every;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await OverdueSupervision.NotifyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<IWriteGate>(), scope.ServiceProvider.GetRequiredService<DomainEventDispatcher>(), Clock, ct);
    }

    protected override async Task<string?> RunJobAsync(CancellationToken ct)
    {
        var n = await RunOnceAsync(ct);
        return n > 0 ? $"{n} application(s) passed their service time limit; their banks were notified (督办)" : null;
    }
}
