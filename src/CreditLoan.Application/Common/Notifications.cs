using System.Text.Json;
using CreditLoan.Domain.Common;

namespace CreditLoan.Application.Common;

/// <summary>Delivers one outbox message (SMS-style); the embedded default writes it to the log.</summary>
public interface INotificationSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public static class OutboxExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese stays readable in the table
    };

    /// <summary>Queues a notification in the current unit of work, so it commits or rolls back with the change.</summary>
    public static void Notify(this IAppDbContext db, string type, string recipient, object payload, DateTimeOffset at, string? deduplicationKey = null) =>
        db.Outbox.Add(new OutboxMessage(type, recipient, JsonSerializer.Serialize(payload, Json), at, deduplicationKey));
}
