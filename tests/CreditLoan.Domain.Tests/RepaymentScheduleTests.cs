using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CreditLoan.Domain.Tests;

/// <summary>Schedules of the four methods against published calculator figures, and their invariants as properties.</summary>
public sealed class RepaymentScheduleTests
{
    private static readonly DateOnly Disbursed = new(2026, 3, 10);

    [Fact]
    public void Equal_installment_matches_published_figures()
    {
        // 1,000,000 yuan, 4.9 %, 30 years: 5,307.27 a month (every bank's mortgage calculator)
        var mortgage = RepaymentSchedule.Generate(1_000_000m, 4.9m, 360, RepaymentMethod.EqualInstallment, Disbursed);
        Assert.Equal(360, mortgage.Count);
        Assert.All(mortgage.SkipLast(1), p => Assert.Equal(5307.27m, p.Payment));
        Assert.Equal(4083.33m, mortgage[0].Interest);
        Assert.Equal(1223.94m, mortgage[0].Principal);
        // the last period takes the fen roundings of 359 interest amounts: here 2.08 yuan less
        Assert.Equal(5305.19m, mortgage[^1].Payment);
        Assert.Equal(1_000_000m, mortgage.Sum(p => p.Principal));
        // 100,000 yuan, 4.35 %, 1 year: 8,530.99 a month
        var loan = RepaymentSchedule.Generate(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Disbursed);
        Assert.All(loan.SkipLast(1), p => Assert.Equal(8530.99m, p.Payment));
        Assert.Equal(loan.Sum(p => p.Payment) - 100_000m, loan.Sum(p => p.Interest));
    }

    [Fact]
    public void Equal_principal_matches_published_figures()
    {
        // 1,000,000 yuan, 4.9 %, 30 years: first month 2,777.78 + 4,083.33 = 6,861.11, falling by about 11.34 a month
        var s = RepaymentSchedule.Generate(1_000_000m, 4.9m, 360, RepaymentMethod.EqualPrincipal, Disbursed);
        Assert.Equal(6861.11m, s[0].Payment);
        Assert.Equal(2777.78m, s[0].Principal);
        Assert.InRange(s[0].Payment - s[1].Payment, 11.33m, 11.35m);
        Assert.Equal(1_000_000m - 2777.78m * 359, s[^1].Principal);
    }

    [Fact]
    public void Interest_only_and_bullet()
    {
        var io = RepaymentSchedule.Generate(120_000m, 4.35m, 12, RepaymentMethod.InterestOnly, Disbursed);
        Assert.All(io.SkipLast(1), p => Assert.Equal((0m, 435.00m), (p.Principal, p.Interest)));
        Assert.Equal((120_000m, 435.00m, 0m), (io[^1].Principal, io[^1].Interest, io[^1].Remaining));

        var bullet = Assert.Single(RepaymentSchedule.Generate(120_000m, 4.35m, 6, RepaymentMethod.BulletPayment, Disbursed));
        Assert.Equal(new DateOnly(2026, 9, 10), bullet.DueDate);
        Assert.Equal(2610.00m, bullet.Interest); // 120,000 × 4.35 % / 12 × 6
        Assert.Equal(122_610.00m, bullet.Payment);
    }

    [Fact]
    public void Due_dates_keep_the_disbursal_day_or_the_month_end()
    {
        var s = RepaymentSchedule.Generate(10_000m, 3m, 3, RepaymentMethod.EqualPrincipal, new DateOnly(2026, 1, 31));
        Assert.Equal([new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)], s.Select(p => p.DueDate));
        var free = RepaymentSchedule.Generate(1000m, 0m, 3, RepaymentMethod.EqualInstallment, Disbursed);
        Assert.Equal([333.33m, 333.33m, 333.34m], free.Select(p => p.Payment));
    }

    public static Arbitrary<(decimal Principal, decimal Rate, int Term, RepaymentMethod Method)> Loans() =>
        (from fen in Gen.Choose(100_00, 5_000_000_00)
         from rate in Gen.Choose(0, 2400)
         from term in Gen.Choose(1, 360)
         from method in Gen.Elements(Enum.GetValues<RepaymentMethod>())
         select (fen / 100m, rate / 100m, term, method)).ToArbitrary();

    [Property(MaxTest = 500, Arbitrary = [typeof(RepaymentScheduleTests)])]
    public bool Principal_sums_to_the_loan_balance_never_rises_and_ends_at_zero((decimal Principal, decimal Rate, int Term, RepaymentMethod Method) loan)
    {
        var s = RepaymentSchedule.Generate(loan.Principal, loan.Rate, loan.Term, loan.Method, Disbursed);
        var balances = s.Select(p => p.Remaining).Prepend(loan.Principal).ToList();
        return s.Sum(p => p.Principal) == loan.Principal
               && balances.Zip(balances.Skip(1)).All(b => b.Second <= b.First)
               && s[^1].Remaining == 0m
               && s.All(p => p.Principal >= 0 && p.Interest >= 0 && p.Payment == p.Principal + p.Interest)
               && s.All(p => decimal.Round(p.Payment, 2) == p.Payment && decimal.Round(p.Interest, 2) == p.Interest);
    }

    [Fact]
    public void A_small_long_loan_is_not_repaid_before_its_last_month()
    {
        // found by the property below: 1,048.76 yuan at 14.25% over 307 months — the level payment rounded up to the fen
        // repaid the loan early, leaving empty months; one fen lower, every month is equal and the last absorbs the rest
        var s = RepaymentSchedule.Generate(1048.76m, 14.25m, 307, RepaymentMethod.EqualInstallment, Disbursed);
        Assert.Equal(307, s.Count);
        Assert.Single(s.SkipLast(1).Select(p => p.Payment).Distinct());
        Assert.All(s.SkipLast(1), p => Assert.True(p.Remaining > 0));
        Assert.Equal(0m, s[^1].Remaining);
        Assert.Equal(1048.76m, s.Sum(p => p.Principal));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(RepaymentScheduleTests)])]
    public bool Equal_installment_payments_are_equal_except_the_last((decimal Principal, decimal Rate, int Term, RepaymentMethod Method) loan)
    {
        var s = RepaymentSchedule.Generate(loan.Principal, loan.Rate, loan.Term, RepaymentMethod.EqualInstallment, Disbursed);
        return s.SkipLast(1).Select(p => p.Payment).Distinct().Count() <= 1;
    }
}
