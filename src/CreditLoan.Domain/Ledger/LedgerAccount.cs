using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Ledger;

/// <summary>
/// What a ledger account holds. Assets (cash in a station, the bank's vault) grow with debits; liabilities (what the
/// bank owes a customer or a payee, commissions owed to a station) grow with credits.
/// </summary>
public enum LedgerAccountKind { CustomerDeposit, StationCash, BankVault, UtilityPayee, CommissionPayable, CommissionExpense, CashDifference }

/// <summary>
/// One account of the sandbox bank core's ledger (double-entry bookkeeping).
/// Its balance is the sum of its entries (kept alongside,
/// updated in the same transaction as every posting, and verifiable against the entries at any time).
/// </summary>
public sealed class LedgerAccount : Entity
{
    private LedgerAccount() { }

    public LedgerAccount(LedgerAccountKind kind, Guid bankId, string number, Guid? stationId, string? holderName, string? maskedIdNumber,
        decimal? ceiling, DateTimeOffset openedAt)
    {
        Kind = kind;
        BankId = bankId;
        Number = number;
        StationId = stationId;
        HolderName = holderName;
        MaskedIdNumber = maskedIdNumber;
        Ceiling = ceiling;
        OpenedAt = openedAt;
    }

    /// <summary>An account as a store read it without the ORM (the counter's lean path on MariaDB).</summary>
    public static LedgerAccount Restore(Guid id, LedgerAccountKind kind, Guid bankId, string number, Guid? stationId, decimal? ceiling, decimal balance,
        Guid version) =>
        new() { Id = id, Kind = kind, BankId = bankId, Number = number, StationId = stationId, Ceiling = ceiling, Balance = balance, Version = version };

    public LedgerAccountKind Kind { get; private set; }
    public Guid BankId { get; private set; }
    /// <summary>The account number customers and receipts show (customers), or a system name (station cash, vault…).</summary>
    public string Number { get; private set; } = "";
    public Guid? StationId { get; private set; }
    public string? HolderName { get; private set; }
    /// <summary>The holder's identity number, masked (first 3 + last 4); the full number is never stored.</summary>
    public string? MaskedIdNumber { get; private set; }
    /// <summary>The most the balance may reach (a station's cash float limit); null = no ceiling.</summary>
    public decimal? Ceiling { get; private set; }
    public decimal Balance { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsAsset => Kind is LedgerAccountKind.StationCash or LedgerAccountKind.BankVault or LedgerAccountKind.CommissionExpense
        or LedgerAccountKind.CashDifference;

    /// <summary>Customer deposits and station cash may never go below zero; the others are the bank's own books.</summary>
    public bool MayGoNegative => Kind is not (LedgerAccountKind.CustomerDeposit or LedgerAccountKind.StationCash);

    /// <summary>The balance change a debit or credit of <paramref name="amount"/> makes to this account.</summary>
    /// <summary>Whether a station of <paramref name="bankId"/> may serve this account: a customer deposit account of that bank.</summary>
    public bool IsDepositAt(Guid bankId) => Kind == LedgerAccountKind.CustomerDeposit && BankId == bankId;

    public decimal EffectOf(decimal debit, decimal credit) => IsAsset ? debit - credit : credit - debit;

    /// <summary>Refuses, with the reason, a movement that would break this account's bounds.</summary>
    internal void Check(decimal debit, decimal credit)
    {
        var after = Balance + EffectOf(debit, credit);
        if (after < 0 && !MayGoNegative)
            throw Kind == LedgerAccountKind.StationCash
                ? new DomainException($"The station has only {Balance:0.00} yuan in cash.") { Code = "StationCashShort", Values = [RefusalValue.Yuan(Balance)] }
                : new DomainException($"Account {Number} has only {Balance:0.00} yuan.") { Code = "BalanceShort", Values = [Number, RefusalValue.Yuan(Balance)] };
        if (Ceiling is { } ceiling && after > ceiling)
            throw new DomainException($"The station's cash would reach {after:0.00} yuan, above its float limit of {ceiling:0.00}.")
                { Code = "StationCashAboveFloat", Values = [RefusalValue.Yuan(after), RefusalValue.Yuan(ceiling)] };
    }

    internal void Apply(decimal debit, decimal credit)
    {
        Balance += EffectOf(debit, credit);
        Version = Guid.NewGuid();
    }
}
