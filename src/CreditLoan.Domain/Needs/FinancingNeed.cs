using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Needs;

public enum Collateral { None, Property, Equipment, Receivables, Guarantor }

public enum NeedStatus { Open, Fulfilled, Closed, Expired }

/// <summary>A financing need (融资需求) of one enterprise: Open → Fulfilled | Closed | Expired.</summary>
public sealed class FinancingNeed : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private FinancingNeed() { }

    public FinancingNeed(Guid enterpriseId, decimal amount, int termMonths, string purpose, Collateral collateral, decimal? maxAnnualRate,
        string postedBy, Guid? postedByStationId, DateTimeOffset postedAt)
    {
        if (amount <= 0 || !Money.IsYuan(amount)) throw new DomainException("amount must be a positive yuan amount.") { Code = "AmountNotYuan" };
        if (termMonths is < 1 or > 360) throw new DomainException("termMonths must be between 1 and 360.") { Code = "TermMonthsOutOfRange", Values = ["1", "360"] };
        EnterpriseId = enterpriseId;
        Amount = amount;
        TermMonths = termMonths;
        Purpose = purpose;
        Collateral = collateral;
        MaxAnnualRate = maxAnnualRate;
        PostedBy = postedBy;
        PostedByStationId = postedByStationId;
        PostedAt = postedAt;
        ExpiresAt = postedAt + Lifetime;
        Status = NeedStatus.Open;
    }

    public Guid EnterpriseId { get; private set; }
    public decimal Amount { get; private set; }
    public int TermMonths { get; private set; }
    public string Purpose { get; private set; } = "";
    public Collateral Collateral { get; private set; }
    public decimal? MaxAnnualRate { get; private set; }
    public NeedStatus Status { get; private set; }
    public string PostedBy { get; private set; } = "";
    /// <summary>The station whose agent posted it on the enterprise's behalf (帮办), if any.</summary>
    public Guid? PostedByStationId { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Open: not fulfilled, closed or expired, and within its 90 days (the expiry job may not have marked it yet).</summary>
    public static readonly Rule<FinancingNeed> Open = new((n, at) => n.Status == NeedStatus.Open && n.ExpiresAt > at);

    /// <summary>Expired: marked so, or open past its 90 days and not yet marked.</summary>
    public static readonly Rule<FinancingNeed> Expired = new((n, at) => n.Status == NeedStatus.Expired || (n.Status == NeedStatus.Open && n.ExpiresAt <= at));

    public bool IsOpenAt(DateTimeOffset at) => Open.Holds(this, at);

    /// <summary>The status a reader sees at <paramref name="at"/>: an open need past its expiry reads Expired before the job marks it.</summary>
    public NeedStatus StatusAt(DateTimeOffset at) => Expired.Holds(this, at) ? NeedStatus.Expired : Status;

    /// <summary>The owner closes the need; one past its 90 days has expired and cannot be.</summary>
    public void Close(DateTimeOffset at)
    {
        if (StatusAt(at) != NeedStatus.Open) throw new InvalidStateException("Need", StatusAt(at).ToString(), "close");
        Status = NeedStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>A loan was disbursed for it: an open need is fulfilled (one closed or expired meanwhile stays so); false when it was not open.</summary>
    public bool FulfilIfOpen(DateTimeOffset at)
    {
        if (Status != NeedStatus.Open) return false;
        Fulfil(at);
        return true;
    }

    public void Fulfil(DateTimeOffset at)
    {
        if (Status != NeedStatus.Open) throw new InvalidStateException("Need", Status.ToString(), "fulfil");
        Status = NeedStatus.Fulfilled;
        ClosedAt = at;
    }

    /// <summary>90 days after posting an open need expires; the expiry job calls this.</summary>
    public void Expire(DateTimeOffset at)
    {
        if (Status != NeedStatus.Open) throw new InvalidStateException("Need", Status.ToString(), "expire");
        if (at < ExpiresAt) throw new DomainException("The need has not reached its expiry yet.") { Code = "NeedNotExpired" };
        Status = NeedStatus.Expired;
        ClosedAt = at;
    }
}
