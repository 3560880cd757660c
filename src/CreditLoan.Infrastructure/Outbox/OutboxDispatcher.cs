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
