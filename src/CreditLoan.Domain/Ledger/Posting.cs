using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Ledger;

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
        if (legs.Count == 0) throw new DomainException("A posting needs at least one debit and one credit.") { Code = "PostingEmpty" };
        var posting = new Posting { BusinessDate = businessDate, PostedAt = at };
        foreach (var (debit, credit, amount) in legs)
        {
            if (amount <= 0 || !Money.IsYuan(amount)) throw new FieldRuleException("amount", "amount must be a positive yuan amount with at most 2 decimals.") { Code = "AmountNotYuan" };
            if (debit.Id == credit.Id) throw new DomainException("A leg cannot debit and credit the same account.") { Code = "PostingSameAccount" };
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

    /// <summary>
    /// The mirror posting (冲正): every leg the other way round, on <paramref name="businessDate"/>, checked against the
    /// accounts' bounds like any posting. <paramref name="accounts"/> holds this posting's accounts by id.
    /// </summary>
    public Posting Reverse(IReadOnlyDictionary<Guid, LedgerAccount> accounts, DateOnly businessDate, DateTimeOffset at) =>
        Create(_entries.OrderBy(e => e.Line).Chunk(2)
            .Select(pair => (Debit: accounts[pair[1].AccountId], Credit: accounts[pair[0].AccountId], Amount: pair[0].Debit)).ToList(), businessDate, at);

    public DateOnly BusinessDate { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public decimal TotalDebits => _entries.Sum(e => e.Debit);
    public decimal TotalCredits => _entries.Sum(e => e.Credit);
}
