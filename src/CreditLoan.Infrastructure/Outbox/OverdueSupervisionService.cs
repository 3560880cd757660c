using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>Every few minutes: applications past their service time limit, and unanswered cases past their due time, are marked and their bank or assignee told once (督办).</summary>
public sealed class OverdueSupervisionService(IServiceScopeFactory scopes, TimeProvider clock, Jobs.JobLeadership leadership, Jobs.JobRuns runs,
    ILogger<OverdueSupervisionService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override string Name => "overdue-supervision";

    protected override TimeSpan Interval => Every;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = await OverdueSupervision.NotifyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<IWriteGate>(), scope.ServiceProvider.GetRequiredService<DomainEventDispatcher>(), Clock, ct);
        await using var cases = scopes.CreateAsyncScope();   // a unit of work of its own (the cases of issue 19: 办不成事)
        return applications + await Application.Features.Cases.CaseSupervision.NotifyAsync(cases.ServiceProvider.GetRequiredService<AppDbContext>(),
            cases.ServiceProvider.GetRequiredService<IWriteGate>(), Clock, ct);
    }

    protected override async Task<string?> RunJobAsync(CancellationToken ct)
    {
        var n = await RunOnceAsync(ct);
        return n > 0 ? $"{n} application(s) or case(s) passed their service time limit; their banks and assignees were notified (督办)" : null;
    }
}
