using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>Cash movements between the partner bank's vault and a station (领现 / 缴现).</summary>
public enum CashMovement { Replenish, Return }

/// <summary>One service at a station counter, with the posting that carried it and what its receipt shows.</summary>
public sealed class StationTransaction : Entity
{
    private StationTransaction() { }

    public StationTransaction(Guid stationId, string type, Guid? accountId, string? maskedAccountNo, Guid? toAccountId, decimal amount, string? billNo,
        string? payee, DateOnly businessDate, DateTimeOffset postedAt, Guid postingId, decimal? balanceAfter, decimal stationCashAfter, string agent)
    {
        StationId = stationId;
        Type = type;
        AccountId = accountId;
        MaskedAccountNo = maskedAccountNo;
        ToAccountId = toAccountId;
        Amount = amount;
        BillNo = billNo;
        Payee = payee;
        BusinessDate = businessDate;
        PostedAt = postedAt;
        PostingId = postingId;
        BalanceAfter = balanceAfter;
        StationCashAfter = stationCashAfter;
        Agent = agent;
        ReceiptNo = $"R{businessDate:yyyyMMdd}{Id.ToString("N")[^10..].ToUpperInvariant()}";
    }

    public Guid StationId { get; private set; }
    /// <summary>A <see cref="TransactionType"/> name, or Replenish / Return for cash movements.</summary>
    public string Type { get; private set; } = "";
    public Guid? AccountId { get; private set; }
    public string? MaskedAccountNo { get; private set; }
    public Guid? ToAccountId { get; private set; }
    public decimal Amount { get; private set; }
    public string? BillNo { get; private set; }
    public string? Payee { get; private set; }
    public DateOnly BusinessDate { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public Guid PostingId { get; private set; }
    public decimal? BalanceAfter { get; private set; }
    public decimal StationCashAfter { get; private set; }
    public string Agent { get; private set; } = "";
    public string ReceiptNo { get; private set; } = "";

    public bool IsWithdrawal => Type is nameof(TransactionType.CashWithdrawal) or nameof(TransactionType.PensionWithdrawal);
}

/// <summary>
/// The first answer to a station request with a given Idempotency-Key: a retry with the same key and body gets it back
/// and posts nothing; the same key with another body is refused. The key is unique per station in the database.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(Guid stationId, string key, string requestHash, string responseJson, DateTimeOffset at)
    {
        StationId = stationId;
        Key = key;
        RequestHash = requestHash;
        ResponseJson = responseJson;
        CreatedAt = at;
    }

    public Guid StationId { get; private set; }
    public string Key { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public string ResponseJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
