using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Notices;

/// <summary>
/// An SMS-style notice the bureau broadcasts to the enterprises of some townships and/or industries (none: all). Each
/// recipient gets one outbox message, queued with the notice; delivery counts come from those messages.
/// </summary>
public sealed class Notice : Entity
{
    private Notice() { }

    public Notice(string text, IReadOnlyList<string> townships, IReadOnlyList<string> industries, int recipients, DateTimeOffset createdAt, string createdBy)
    {
        Text = text;
        Townships = townships;
        Industries = industries;
        Recipients = recipients;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public string Text { get; private set; } = "";
    /// <summary>9-digit township codes; empty = every township.</summary>
    public IReadOnlyList<string> Townships { get; private set; } = [];
    /// <summary>GB/T 4754 codes (a section letter covers its divisions); empty = every industry.</summary>
    public IReadOnlyList<string> Industries { get; private set; } = [];
    public int Recipients { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>The outbox de-duplication key of this notice's message to one enterprise: at most one each.</summary>
    public string DeliveryKey(Guid enterpriseId) => $"{KeyPrefix}{enterpriseId:N}";

    public string KeyPrefix => $"notice:{Id:N}:";
}
