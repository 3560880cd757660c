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
    public decimal EffectOf(decimal debit, decimal credit) => IsAsset ? debit - credit : credit - debit;

    /// <summary>Refuses, with the reason, a movement that would break this account's bounds.</summary>
    internal void Check(decimal debit, decimal credit)
    {
        var after = Balance + EffectOf(debit, credit);
        if (after < 0 && !MayGoNegative)
            throw new DomainException(Kind == LedgerAccountKind.StationCash
                ? $"The station has only {Balance:0.00} yuan in cash."
                : $"Account {Number} has only {Balance:0.00} yuan.");
        if (Ceiling is { } ceiling && after > ceiling)
            throw new DomainException($"The station's cash would reach {after:0.00} yuan, above its float limit of {ceiling:0.00}.");
    }

    internal void Apply(decimal debit, decimal credit)
    {
        Balance += EffectOf(debit, credit);
        Version = Guid.NewGuid();
    }
}

/// <summary>One immutable line of a posting: a debit or a credit to one account.</summary>
public sealed class LedgerEntry
{
    private LedgerEntry() { }

    internal LedgerEntry(Guid postingId, int line, Guid accountId, decimal debit, decimal credit)
    {
        PostingId = postingId;
        Line = line;
        AccountId = accountId;
        Debit = debit;
        Credit = credit;
    }

    public Guid PostingId { get; private set; }
    public int Line { get; private set; }
    public Guid AccountId { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
}

/// <summary>
/// A balanced set of entries: Σ debits = Σ credits, every amount a positive yuan amount to the fen. Applying it moves
/// the balances of its accounts or refuses as a whole (a customer below zero, a station's cash outside its float).
/// </summary>
public sealed class Posting : Entity
{
    private readonly List<LedgerEntry> _entries = [];

    private Posting() { }

    public static Posting Create(IReadOnlyList<(LedgerAccount Debit, LedgerAccount Credit, decimal Amount)> legs, DateOnly businessDate, DateTimeOffset at)
    {
        if (legs.Count == 0) throw new DomainException("A posting needs at least one debit and one credit.");
        var posting = new Posting { BusinessDate = businessDate, PostedAt = at };
        foreach (var (debit, credit, amount) in legs)
        {
            if (amount <= 0 || !Money.IsYuan(amount)) throw new FieldRuleException("amount", "amount must be a positive yuan amount with at most 2 decimals.");
            if (debit.Id == credit.Id) throw new DomainException("A leg cannot debit and credit the same account.");
            posting._entries.Add(new LedgerEntry(posting.Id, posting._entries.Count + 1, debit.Id, amount, 0m));
            posting._entries.Add(new LedgerEntry(posting.Id, posting._entries.Count + 1, credit.Id, 0m, amount));
        }
        // every leg or none: all accounts are checked with their net movement before any balance moves
        var effects = legs.SelectMany(l => new[] { (Account: l.Debit, Debit: l.Amount, Credit: 0m), (Account: l.Credit, Debit: 0m, Credit: l.Amount) })
            .GroupBy(e => e.Account).Select(g => (Account: g.Key, Debit: g.Sum(x => x.Debit), Credit: g.Sum(x => x.Credit))).ToList();
        foreach (var (account, debit, credit) in effects) account.Check(debit, credit);
        foreach (var (account, debit, credit) in effects) account.Apply(debit, credit);
        return posting;
    }

    public DateOnly BusinessDate { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public decimal TotalDebits => _entries.Sum(e => e.Debit);
    public decimal TotalCredits => _entries.Sum(e => e.Credit);
}
