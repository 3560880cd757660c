using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";
    public double PollIntervalSeconds { get; set; } = 2;
    public int BatchSize { get; set; } = 100;
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Delivers due outbox messages: each is marked sent, or failed with exponential back-off until it has
/// used its attempts. Delivery is at-least-once: a crash between sending and marking repeats the send.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public async Task<int> DispatchDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();

        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(batchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        foreach (var message in due)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // includes a sender's own time-out (OperationCanceledException while we are not stopping)
                message.MarkFailed(clock.GetUtcNow(), ex.Message);
                logger.LogWarning("Outbox message {MessageId} ({Type}) failed attempt {Attempt}: {Error}",
                    message.Id, message.Type, message.Attempts, ex.Message);
            }
        }
        using (await gate.EnterAsync(cancellationToken))
            await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}

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

/// <summary>The embedded default channel: the message goes to the log (a real SMS gateway plugs in here).</summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(Domain.Common.OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Notification {Type} to {Recipient}: {Payload}", message.Type, message.Recipient, message.Payload);
        return Task.CompletedTask;
    }
}
