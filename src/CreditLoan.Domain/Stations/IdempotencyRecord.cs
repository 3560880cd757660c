using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>
/// The first answer to a station request with a given Idempotency-Key (product.md §7: a retry returns the first result):
/// a retry with the same key and body gets it back and posts nothing; the same key with another body is refused. A
/// refusal is kept too, so a retry is refused the same way whatever changed since. The key is unique per station in
/// the database.
/// </summary>
public sealed class IdempotencyRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IdempotencyRecord() { }

    public IdempotencyRecord(Guid stationId, string key, string requestHash, string responseJson, DateTimeOffset at, int statusCode = 201,
        string? refusedField = null)
    {
        StationId = stationId;
        Key = key;
        RequestHash = requestHash;
        ResponseJson = responseJson;
        CreatedAt = at;
        StatusCode = statusCode;
        RefusedField = refusedField;
    }

    /// <summary>The answer a posted request got, kept under its key.</summary>
    public static IdempotencyRecord Answered<TResponse>(Guid stationId, string key, string fingerprint, TResponse response, DateTimeOffset at) =>
        new(stationId, key, HashOf(fingerprint), JsonSerializer.Serialize(response, Json), at);

    /// <summary>A business refusal (422) kept under the request's key: its message, code and values.</summary>
    public static IdempotencyRecord Refused(Guid stationId, string key, string fingerprint, DomainException refusal, DateTimeOffset at) =>
        new(stationId, key, HashOf(fingerprint), JsonSerializer.Serialize(new KeptRefusal(refusal.Message, refusal.Code, [.. refusal.Values]), Json), at, 422,
            (refusal as FieldRuleException)?.Field);

    /// <summary>A kept refusal as <see cref="ResponseJson"/> holds it; a refusal kept before refusals had codes is its message alone (a JSON string).</summary>
    private sealed record KeptRefusal(string Reason, string? Code, string[]? Values);

    /// <summary>Whether a refusal is one to keep under the key: a business rule's answer, not a conflict of state or a misuse of the key.</summary>
    public static bool Keeps(DomainException refusal, string key) =>
        refusal is not InvalidStateException && key.Length is > 0 and <= 64 && refusal is not FieldRuleException { Field: "Idempotency-Key" };

    public static string HashOf(string fingerprint) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)));

    /// <summary>
    /// The kept answer to a retry of the request with <paramref name="fingerprint"/>: the first response, or the first
    /// refusal thrown again. The same key with another request is refused naming the key.
    /// </summary>
    public TResponse Replay<TResponse>(string fingerprint)
    {
        if (RequestHash != HashOf(fingerprint))
            throw new FieldRuleException("Idempotency-Key", "This Idempotency-Key was already used for a different request.") { Code = "KeyReused" };
        if (StatusCode != 201)
        {
            var kept = ResponseJson.StartsWith('"')
                ? new KeptRefusal(JsonSerializer.Deserialize<string>(ResponseJson, Json) ?? "Refused.", null, null)
                : JsonSerializer.Deserialize<KeptRefusal>(ResponseJson, Json)!;
            // a refusal kept without a code (before 1.1) is shown as "refused before" rather than in its English words
            var (code, values) = kept.Code is { } c ? (c, kept.Values ?? []) : ("RefusedBefore", []);
            throw RefusedField is { } field
                ? new FieldRuleException(field, kept.Reason) { Code = code, Values = values }
                : new DomainException(kept.Reason) { Code = code, Values = values };
        }
        return JsonSerializer.Deserialize<TResponse>(ResponseJson, Json)!;
    }

    /// <summary>201 for a posted request; 422 for a refusal, whose reason <see cref="ResponseJson"/> then holds.</summary>
    public int StatusCode { get; private set; } = 201;

    /// <summary>The field a refusal named, if any.</summary>
    public string? RefusedField { get; private set; }

    public Guid StationId { get; private set; }
    public string Key { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public string ResponseJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
