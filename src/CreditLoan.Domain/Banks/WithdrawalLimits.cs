using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Banks;

/// <summary>
/// A bank's cash-withdrawal limits at its partner stations (product.md §7): the central bank's rule for rural withdrawal
/// points (助农取款) — at least 10 yuan, in multiples of 10 — and the bank's per-withdrawal and per-account-per-day limits,
/// the day being the China calendar day of the withdrawal.
/// </summary>
public sealed record WithdrawalLimits(decimal PerTransaction, decimal PerDay)
{
    /// <summary>Refuses, naming the amount, a withdrawal of <paramref name="amount"/> after <paramref name="withdrawnToday"/> today.</summary>
    public void Check(decimal amount, decimal withdrawnToday)
    {
        if (amount < 10m || amount % 10m != 0)
            throw new FieldRuleException("amount", "Cash withdrawals are at least 10 yuan, in multiples of 10.") { Code = "WithdrawalTens" };
        if (amount > PerTransaction)
            throw new FieldRuleException("amount", $"At most {PerTransaction:0.00} yuan per withdrawal.")
                { Code = "WithdrawalOverPerTransaction", Values = [RefusalValue.Yuan(PerTransaction)] };
        var remaining = PerDay - withdrawnToday;
        if (amount > remaining)
            throw new FieldRuleException("amount", $"Over the daily withdrawal limit of {PerDay:0.00} yuan: {Math.Max(0, remaining):0.00} yuan remain today.")
                { Code = "WithdrawalOverDaily", Values = [RefusalValue.Yuan(PerDay), RefusalValue.Yuan(Math.Max(0, remaining))] };
    }
}
