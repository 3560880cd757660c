using CreditLoan.Domain.Common;

namespace CreditLoan.Application.Common;

/// <summary>Turns domain events into what they imply in the same transaction: projection rows, outbox messages.</summary>
public interface IDomainEventConsumer
{
    Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct);
}

/// <summary>
/// Hands the events the tracked entities recorded to the consumers (the statistics projection, the enterprise
/// notifications), in the order they were recorded, within the command's transaction and before its save: the
/// transaction behaviour calls it for every command, and the writers outside the pipeline (the counter's books, the
/// background jobs) call it themselves before they save. Nothing happens inside SaveChanges.
/// </summary>
public sealed class DomainEventDispatcher(IAppDbContext db, IEnumerable<IDomainEventConsumer> consumers)
{
    public async Task DispatchAsync(CancellationToken ct)
    {
        // a consumer may make entities of its own that record events: hand those out too
        for (var round = 0; round < 4; round++)
        {
            var events = db.ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.TakeDomainEvents()).ToList();
            if (events.Count == 0) return;
            foreach (var consumer in consumers) await consumer.ConsumeAsync(events, ct);
        }
        throw new InvalidOperationException("Domain events kept raising further events.");
    }

    /// <summary>
    /// Hands out the events of aggregates a command changed without tracking them (a bulk import reads its loans untracked and
    /// stores them itself): the consumers see them as they would a tracked entity's, in the same transaction.
    /// </summary>
    public async Task DispatchAsync(IEnumerable<Entity> untracked, CancellationToken ct)
    {
        var events = untracked.SelectMany(e => e.TakeDomainEvents()).ToList();
        if (events.Count == 0) return;
        foreach (var consumer in consumers) await consumer.ConsumeAsync(events, ct);
    }
}
