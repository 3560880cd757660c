using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Banks;

public enum BankStatus { Active, Suspended }

public sealed class Bank : Entity
{
    private readonly List<BankCommission> _commissions = [];

    private Bank() { }

    public Bank(string name, string creditCode, DateTimeOffset createdAt)
    {
        Name = name;
        CreditCode = creditCode;
        CreatedAt = createdAt;
        Status = BankStatus.Active;
    }

    public string Name { get; private set; } = "";
    public string CreditCode { get; private set; } = "";
    public BankStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Approvals above this amount need a second officer (双人复核); null = never.</summary>
    public decimal? MakerCheckerThreshold { get; private set; }

    /// <summary>Default per the central bank's rule for rural withdrawal points (助农取款): 2,000 yuan a day.</summary>
    public decimal WithdrawalLimitPerDay { get; private set; } = 2000m;

    public decimal WithdrawalLimitPerTransaction { get; private set; } = 2000m;

    public WithdrawalLimits WithdrawalLimits => new(WithdrawalLimitPerTransaction, WithdrawalLimitPerDay);

    public IReadOnlyList<BankCommission> Commissions => _commissions;

    /// <summary>
    /// The controls a proposed change would weaken (product.md §11): the maker-checker threshold raised or removed, a
    /// withdrawal limit raised. Such a change waits for a second administrator of the bank (<see cref="BankSettingChange"/>).
    /// </summary>
    public IReadOnlyList<string> WeakenedBy(decimal? makerCheckerThreshold, decimal withdrawalLimitPerDay, decimal withdrawalLimitPerTransaction)
    {
        var weakened = new List<string>();
        if (MakerCheckerThreshold is { } current && (makerCheckerThreshold is null || makerCheckerThreshold > current))
            weakened.Add("makerCheckerThreshold");
        if (withdrawalLimitPerDay > WithdrawalLimitPerDay) weakened.Add("withdrawalLimitPerDay");
        if (withdrawalLimitPerTransaction > WithdrawalLimitPerTransaction) weakened.Add("withdrawalLimitPerTransaction");
        return weakened;
    }

    /// <summary>The bureau suspends a bank: its users cannot act and its products leave the supermarket until reinstated.</summary>
    public void Suspend()
    {
        if (Status == BankStatus.Suspended) throw new InvalidStateException("Bank", Status.ToString(), "suspend");
        Status = BankStatus.Suspended;
    }

    public void Reinstate()
    {
        if (Status == BankStatus.Active) throw new InvalidStateException("Bank", Status.ToString(), "reinstate");
        Status = BankStatus.Active;
    }

    public void ChangeSettings(decimal? makerCheckerThreshold, decimal withdrawalLimitPerDay,
        decimal withdrawalLimitPerTransaction, IReadOnlyDictionary<TransactionType, decimal> commissions)
    {
        if (withdrawalLimitPerTransaction > withdrawalLimitPerDay)
            throw new DomainException("withdrawalLimitPerTransaction cannot exceed withdrawalLimitPerDay.") { Code = "PerTransactionAboveDaily" };
        MakerCheckerThreshold = makerCheckerThreshold;
        WithdrawalLimitPerDay = withdrawalLimitPerDay;
        WithdrawalLimitPerTransaction = withdrawalLimitPerTransaction;
        _commissions.RemoveAll(c => !commissions.ContainsKey(c.Type));
        foreach (var (type, fee) in commissions)
        {
            var existing = _commissions.Find(c => c.Type == type);
            if (existing is null) _commissions.Add(new BankCommission(type, fee));
            else existing.Fee = fee;
        }
    }
}
