namespace CreditLoan.Domain.Common;

/// <summary>Ids are opaque to clients; version-7 GUIDs keep inserts in index order.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
