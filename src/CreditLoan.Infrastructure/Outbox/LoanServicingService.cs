using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Loans;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>Every few minutes: 1.0.0 loans restated, ended months closed in the portfolio, enterprises told of due and overdue instalments.</summary>
public sealed class LoanServicingService(IServiceScopeFactory scopes, TimeProvider clock, Jobs.JobLeadership leadership, Jobs.JobRuns runs,
    ILogger<LoanServicingService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    protected override string Name => "loan-servicing";

    protected override TimeSpan Interval => OverdueSupervisionService.Every;

    public async Task<LoanServicing.Outcome> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await LoanServicing.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<IStatsStore>(), sp.GetRequiredService<IWriteGate>(),
            sp.GetRequiredService<DomainEventDispatcher>(), Clock, ct);
    }

    protected override async Task<string?> RunJobAsync(CancellationToken ct)
    {
        var o = await RunOnceAsync(ct);
        return o.Any ? $"{o.Restated} loan(s) restated, {o.MonthsClosed} month(s) closed, {o.DueSoonTold} told of a due date, {o.OverdueTold} told overdue" : null;
    }
}
