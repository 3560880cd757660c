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

    /// <summary>
    /// Queues a notification in the current unit of work, so it commits or rolls back with the change. A notification to an
    /// enterprise — addressed <c>enterprise:{id}</c>, or sent to its phone with <paramref name="enterpriseId"/> — is also kept
    /// in the enterprise's message centre (站内信, <see cref="Domain.Messages.EnterpriseMessage"/>): its <c>text</c>, and the
    /// application (<c>applicationId</c>) or product and need (<c>productId</c>, <c>needId</c>) it is about.
    /// </summary>
    public static void Notify(this IAppDbContext db, string type, string recipient, object payload, DateTimeOffset at, string? deduplicationKey = null,
        Guid? enterpriseId = null)
    {
        var json = JsonSerializer.Serialize(payload, Json);
        db.Outbox.Add(new OutboxMessage(type, recipient, json, at, deduplicationKey));
        if ((enterpriseId ?? EnterpriseOf(recipient)) is not { } owner) return;
        using var doc = JsonDocument.Parse(json);
        var body = doc.RootElement;
        db.Messages.Add(new Domain.Messages.EnterpriseMessage(owner, type, Text(body, "text") ?? "", at,
            Id(body, "applicationId"), Id(body, "productId"), Id(body, "needId")));
    }

    private static Guid? EnterpriseOf(string recipient) =>
        recipient.StartsWith("enterprise:", StringComparison.Ordinal) && Guid.TryParse(recipient.AsSpan("enterprise:".Length), out var id) ? id : null;

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Guid? Id(JsonElement body, string name) => Guid.TryParse(Text(body, name), out var id) ? id : null;
}
