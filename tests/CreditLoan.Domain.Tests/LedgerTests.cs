using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CreditLoan.Domain.Tests;

/// <summary>The double-entry rules of the sandbox bank core (product.md §7).</summary>
public sealed class LedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly Guid Bank = Guid.NewGuid();

    private static LedgerAccount Customer(string no = "6217000000000001") => new(LedgerAccountKind.CustomerDeposit, Bank, no, null, "张三", "110***********002X", null, At);
    private static LedgerAccount Cash(decimal floatLimit = 50_000m) => new(LedgerAccountKind.StationCash, Bank, "cash", Guid.NewGuid(), null, null, floatLimit, At);
    private static LedgerAccount Vault() => new(LedgerAccountKind.BankVault, Bank, "vault", null, null, null, null, At);

    [Fact]
    public void A_day_at_the_station_balances_to_the_fen()
    {
        var vault = Vault();
        var cash = Cash();
        var a = Customer();
        var b = Customer("6217000000000002");
        var postings = new List<Posting>
        {
            Posting.Create([(cash, vault, 20_000m)], Day, At),       // replenish
            Posting.Create([(cash, a, 1_500.50m)], Day, At),         // deposit
            Posting.Create([(a, cash, 300m)], Day, At),              // withdrawal
            Posting.Create([(a, b, 200.25m)], Day, At),              // transfer
        };
        Assert.Equal(21_200.50m, cash.Balance);
        Assert.Equal(1_000.25m, a.Balance);
        Assert.Equal(200.25m, b.Balance);
        Assert.Equal(-20_000m, vault.Balance); // the vault lent the cash out
        Assert.All(postings, p => Assert.Equal(p.TotalDebits, p.TotalCredits));
        // assets = liabilities: cash held = deposits owed + what the vault gave out
        Assert.Equal(cash.Balance + vault.Balance, a.Balance + b.Balance);
    }

    [Fact]
    public void A_refused_posting_moves_nothing()
    {
        var cash = Cash(floatLimit: 1_000m);
        var vault = Vault();
        var a = Customer();
        Posting.Create([(cash, vault, 900m)], Day, At);
        Posting.Create([(cash, a, 100m)], Day, At);
        Assert.Contains("float limit", Assert.Throws<DomainException>(() => Posting.Create([(cash, a, 0.01m)], Day, At)).Message);
        Assert.Contains("only 100.00", Assert.Throws<DomainException>(() => Posting.Create([(a, cash, 100.01m)], Day, At)).Message);
        var b = Customer("6217000000000002");
        // the second leg fails: the first must not have moved either
        Assert.Throws<DomainException>(() => Posting.Create([(a, b, 50m), (a, cash, 60m)], Day, At));
        Assert.Equal((1_000m, 100m, 0m, -900m), (cash.Balance, a.Balance, b.Balance, vault.Balance));
        Assert.Equal("amount", Assert.Throws<FieldRuleException>(() => Posting.Create([(a, b, 0.001m)], Day, At)).Field);
        Assert.Equal("amount", Assert.Throws<FieldRuleException>(() => Posting.Create([(a, b, -5m)], Day, At)).Field);
    }

    [Property(MaxTest = 300)]
    public Property Any_sequence_of_postings_keeps_debits_equal_to_credits_and_balances_in_bounds() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(1, 500_000))).ToArbitrary(), moves =>
        {
            var vault = Vault();
            var cash = Cash(floatLimit: 5_000m);
            var a = Customer();
            var b = Customer("6217000000000002");
            var all = new List<Posting>();
            foreach (var (kind, fen) in moves)
            {
                var amount = fen / 100m;
                (LedgerAccount Debit, LedgerAccount Credit) leg = kind switch
                {
                    0 => (cash, vault),
                    1 => (cash, a),
                    2 => (a, cash),
                    _ => (a, b),
                };
                try
                {
                    all.Add(Posting.Create([(leg.Debit, leg.Credit, amount)], Day, At));
                }
                catch (DomainException)
                {
                }
            }
            return all.Sum(p => p.TotalDebits) == all.Sum(p => p.TotalCredits)
                   && cash.Balance is >= 0 and <= 5_000m && a.Balance >= 0 && b.Balance >= 0
                   && cash.Balance + vault.Balance == a.Balance + b.Balance;
        });
}
