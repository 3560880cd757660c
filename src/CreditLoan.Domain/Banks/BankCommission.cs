using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Banks;

/// <summary>The fee a station earns from the partner bank for one transaction of a type.</summary>
public sealed class BankCommission
{
    private BankCommission() { }

    public BankCommission(TransactionType type, decimal fee)
    {
        Type = type;
        Fee = fee;
    }

    public TransactionType Type { get; private set; }
    public decimal Fee { get; internal set; }
}
