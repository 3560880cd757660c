using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>Cash movements between the partner bank's vault and a station (领现 / 缴现).</summary>
public enum CashMovement { Replenish, Return }

/// <summary>One service at a station counter, with the posting that carried it and what its receipt shows.</summary>
public sealed class StationTransaction : Entity
{
    private StationTransaction() { }

    public StationTransaction(Guid stationId, string type, Guid? accountId, string? maskedAccountNo, Guid? toAccountId, decimal amount, string? billNo,
        string? payee, DateOnly businessDate, DateTimeOffset postedAt, Guid postingId, decimal? balanceAfter, decimal stationCashAfter, string agent, Guid? billerId = null)
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
        BillerId = billerId;
        ReceiptNo = $"R{businessDate:yyyyMMdd}{Id.ToString("N")[^10..].ToUpperInvariant()}";
        Raise(new StationTransactionPosted(this));
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
    /// <summary>The biller (缴费单位) a utility payment went to, when the agent chose one from the list; <see cref="Payee"/> keeps its name as it was then.</summary>
    public Guid? BillerId { get; private set; }
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

    /// <summary>The types a withdrawal limit counts: cash and pension withdrawals.</summary>
    public static readonly IReadOnlyList<string> WithdrawalTypes = [nameof(TransactionType.CashWithdrawal), nameof(TransactionType.PensionWithdrawal)];

    /// <summary>
    /// What counts toward an account's withdrawals of a China day: a withdrawal posted within the day's instants
    /// [<paramref name="start"/>, <paramref name="end"/>) (<see cref="ChinaTime.DayOf"/>) that was not reversed. The MariaDB
    /// counter's SQL reads the same: its type list is <see cref="WithdrawalTypes"/>.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<StationTransaction, bool>> WithdrawnWithin(DateTimeOffset start, DateTimeOffset end) =>
        t => t.PostedAt >= start && t.PostedAt < end && t.ReversedById == null && WithdrawalTypes.Contains(t.Type);

    public bool IsWithdrawal => WithdrawalTypes.Contains(Type);

    /// <summary>Refuses to reverse a transaction that is not on the station's open business date, or was reversed already.</summary>
    public void CheckReversible(StationBusinessDay day)
    {
        if (!day.IsCurrent(BusinessDate)) throw new InvalidStateException("Transaction", $"of closed business date {BusinessDate:yyyy-MM-dd}", "reverse");
        if (ReversedById is not null) throw new InvalidStateException("Transaction", "Reversed", "reverse");
    }
}
