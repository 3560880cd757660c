using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Outbox;

public sealed class OutboxBackgroundService(OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, TimeProvider clock,
    Jobs.JobLeadership leadership, Jobs.JobRuns runs, ILogger<OutboxBackgroundService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    protected override string Name => "outbox";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.PollIntervalSeconds);

    protected override bool Enabled => options.Value.Enabled;

    protected override async Task<string?> RunJobAsync(CancellationToken ct)
    {
        var o = options.Value;
        int sent, total = 0;
        do
        {
            sent = await dispatcher.DispatchDueAsync(o.BatchSize, ct);
            total += sent;
        } while (sent == o.BatchSize);
        return total > 0 ? $"{total} message(s) handled" : null;
    }
}
