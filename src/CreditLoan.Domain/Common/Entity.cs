namespace CreditLoan.Domain.Common;

/// <summary>Something that happened to an aggregate, recorded by it and handed to the consumers before the command's save.</summary>
public interface IDomainEvent;

/// <summary>
/// Ids are opaque to clients; version-7 GUIDs keep inserts in index order. An entity records what happened to it
/// (<see cref="DomainEvents"/>); the transaction behaviour hands the events to their consumers — the statistics projection,
/// the enterprise's notifications — in the same transaction, before the command's one save.
/// </summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _events = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    protected void Raise(IDomainEvent e) => _events.Add(e);

    /// <summary>Takes the recorded events (they are handed out once).</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}
