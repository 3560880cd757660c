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
    /// <summary>Set on a transaction once a reversal (冲正) was posted for it.</summary>
    public Guid? ReversedById { get; private set; }
    /// <summary>Set on a reversal: the transaction it undoes.</summary>
    public Guid? ReversalOfId { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>Records the reversal; a transaction is reversed at most once, and a reversal is never reversed.</summary>
    public void MarkReversedBy(StationTransaction reversal)
    {
        if (ReversedById is not null) throw new InvalidStateException("Transaction", "Reversed", "reverse");
        if (ReversalOfId is not null) throw new InvalidStateException("Transaction", "Reversal", "reverse");
        ReversedById = reversal.Id;
        reversal.ReversalOfId = Id;
        Version = Guid.NewGuid();
    }

    public bool IsWithdrawal => Type is nameof(TransactionType.CashWithdrawal) or nameof(TransactionType.PensionWithdrawal);
}

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

/// <summary>
/// A station's closed business date (日终): the counted cash, what the ledger expected, the difference (长短款). No
/// posting lands on a closed date; the station's next postings land on the following date.
/// </summary>
public sealed class StationDay
{
    private StationDay() { }

    public StationDay(Guid stationId, DateOnly businessDate, decimal expectedCash, decimal countedCash, int transactions, DateTimeOffset closedAt, string closedBy)
    {
        if (countedCash < 0 || !Money.IsYuan(countedCash)) throw new FieldRuleException("countedCash", "countedCash must be a yuan amount of 0 or more.");
        StationId = stationId;
        BusinessDate = businessDate;
        ExpectedCash = expectedCash;
        CountedCash = countedCash;
        Transactions = transactions;
        ClosedAt = closedAt;
        ClosedBy = closedBy;
    }

    public Guid StationId { get; private set; }
    public DateOnly BusinessDate { get; private set; }
    public decimal ExpectedCash { get; private set; }
    public decimal CountedCash { get; private set; }
    /// <summary>Counted − expected: positive is a surplus (长款), negative a shortage (短款).</summary>
    public decimal Difference => CountedCash - ExpectedCash;
    public int Transactions { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }
    public string ClosedBy { get; private set; } = "";
}

/// <summary>A job posted by an enterprise on the station board (找工作).</summary>
public sealed class JobPosting : Entity
{
    private JobPosting() { }

    public JobPosting(Guid enterpriseId, string title, string divisionCode, string salary, string? description, string? contactPhone, DateTimeOffset postedAt)
    {
        EnterpriseId = enterpriseId;
        Title = title;
        DivisionCode = divisionCode;
        Salary = salary;
        Description = description;
        ContactPhone = contactPhone;
        PostedAt = postedAt;
    }

    public Guid EnterpriseId { get; private set; }
    public string Title { get; private set; } = "";
    public string DivisionCode { get; private set; } = "";
    public string Salary { get; private set; } = "";
    public string? Description { get; private set; }
    public string? ContactPhone { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
}
