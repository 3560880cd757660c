namespace CreditLoan.Domain.Common;

/// <summary>
/// A notification written in the same transaction as the change that caused it, delivered later by the
/// dispatcher with retries and back-off.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;

    private OutboxMessage() { }

    public OutboxMessage(string type, string recipient, string payload, DateTimeOffset createdAt, string? deduplicationKey = null)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        Recipient = recipient;
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        DeduplicationKey = deduplicationKey;
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Recipient { get; private set; } = "";
    public string Payload { get; private set; } = "";
    /// <summary>When set, unique: the same notification is never queued twice.</summary>
    public string? DeduplicationKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Schedules the next try with exponential back-off (2^n seconds, at most an hour); gives up after MaxAttempts.</summary>
    public void MarkFailed(DateTimeOffset at, string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts)
        {
            FailedAt = at;
            return;
        }
        var delay = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
        NextAttemptAt = at + delay;
    }
}
