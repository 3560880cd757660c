using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>
/// The first answer to a station request with a given Idempotency-Key: a retry with the same key and body gets it back
/// and posts nothing; the same key with another body is refused. The key is unique per station in the database.
/// </summary>
public sealed class IdempotencyRecord
{
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
