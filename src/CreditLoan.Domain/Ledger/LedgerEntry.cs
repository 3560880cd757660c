using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Ledger;

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
