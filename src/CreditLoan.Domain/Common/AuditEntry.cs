namespace CreditLoan.Domain.Common;

/// <summary>One append-only audit row: who did what to which entity, and how it ended.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string actor, string? actorRole, string action, string? entityId, string outcome, string? detail)
    {
        At = at;
        Actor = actor;
        ActorRole = actorRole;
        Action = action;
        EntityId = entityId;
        Outcome = outcome;
        Detail = detail is { Length: > 1000 } ? detail[..1000] : detail;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string? ActorRole { get; private set; }
    public string Action { get; private set; } = "";
    public string? EntityId { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? Detail { get; private set; }
}
