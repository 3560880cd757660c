using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Domain.Tests;

/// <summary>The rules that live in the entities, each written once for code and queries alike.</summary>
public sealed class RuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Bank = Guid.NewGuid();

    private static readonly LoanProduct Product = new(Bank, new ProductTerms("纳税e贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 12, 3.85m, 6.5m,
        [RepaymentMethod.InterestOnly, RepaymentMethod.BulletPayment], [], [], CreditGrade.C, 0, [], false, ["营业执照"], null), Now);

    [Fact]
    public void A_need_is_open_until_its_90_days_and_expired_from_then_in_code_and_in_a_query()
    {
        var need = new FinancingNeed(Guid.NewGuid(), 100_000m, 12, "购买饲料", Collateral.None, null, "ent", null, Now);
        var end = Now + FinancingNeed.Lifetime;
        foreach (var (at, open) in new[] { (end.AddSeconds(-1), true), (end, false), (end.AddDays(1), false) })
        {
            Assert.Equal(open, need.IsOpenAt(at));
            Assert.Equal(open, new[] { need }.AsQueryable().Where(FinancingNeed.Open.At(at)).Any());
            Assert.Equal(!open, new[] { need }.AsQueryable().Where(FinancingNeed.Expired.At(at)).Any());
            Assert.Equal(open ? NeedStatus.Open : NeedStatus.Expired, need.StatusAt(at));
        }
        Assert.Equal("Expired", Assert.Throws<InvalidStateException>(() => need.Close(end)).CurrentState);
        Assert.False(need.FulfilIfOpen(end.AddDays(-1)) is false);   // still open by status: fulfilled
        Assert.Equal(NeedStatus.Fulfilled, need.Status);
        Assert.False(need.FulfilIfOpen(end));
    }

    [Fact]
    public void The_current_deadline_and_overdue_follow_the_stage()
    {
        var a = new LoanApplication(Guid.NewGuid(), Bank, Product.Id, null, 100_000m, 12, Now, Now.AddDays(2), "ent", null, "130682101", "A");
        Assert.Equal(Now.AddDays(2), a.CurrentDueAt);
        Assert.False(a.IsOverdueAt(Now.AddDays(2)));
        Assert.True(a.IsOverdueAt(Now.AddDays(2).AddTicks(1)));
        Assert.True(new[] { a }.AsQueryable().Where(LoanApplication.Overdue.At(Now.AddDays(3))).Any());
        Assert.True(new[] { a }.AsQueryable().Where(LoanApplication.OverdueUntold.At(Now.AddDays(3))).Any());
        a.MarkOverdueNotified(Now.AddDays(3));
        Assert.False(new[] { a }.AsQueryable().Where(LoanApplication.OverdueUntold.At(Now.AddDays(3))).Any());
        a.Accept(Now.AddDays(3), Now.AddDays(10), "officer");
        Assert.Equal(Now.AddDays(10), a.CurrentDueAt);
        Assert.False(a.IsOverdueAt(Now.AddDays(4)));
        a.Reject("材料不全", Now.AddDays(4), "officer");
        Assert.Null(a.CurrentDueAt);
        Assert.False(a.IsOverdueAt(Now.AddDays(30)));
    }

    [Fact]
    public void Approving_stays_within_what_the_product_offers()
    {
        LoanApplication Accepted()
        {
            var a = new LoanApplication(Guid.NewGuid(), Bank, Product.Id, null, 100_000m, 12, Now, Now.AddDays(2), "ent", null, "130682101", "A");
            a.Accept(Now, Now.AddDays(7), "officer");
            return a;
        }
        Assert.Equal("repaymentMethod", Assert.Throws<FieldRuleException>(() =>
            Accepted().Approve(100_000m, 4m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "o")).Field);
        Assert.Equal("annualRate", Assert.Throws<FieldRuleException>(() =>
            Accepted().Approve(100_000m, 7m, 12, RepaymentMethod.InterestOnly, Product, null, Now, "o")).Field);
        Assert.Equal("termMonths", Assert.Throws<FieldRuleException>(() =>
            Accepted().Approve(100_000m, 4m, 24, RepaymentMethod.InterestOnly, Product, null, Now, "o")).Field);
        var ok = Accepted();
        ok.Approve(100_000m, 4m, 12, RepaymentMethod.InterestOnly, Product, null, Now, "o");
        Assert.Equal(ApplicationStatus.Approved, ok.Status);
    }

    [Theory]
    [InlineData(15, 0, "multiples of 10")]
    [InlineData(5, 0, "multiples of 10")]
    [InlineData(2_010, 0, "At most 2000.00 yuan per withdrawal")]
    [InlineData(600, 1_500, "500.00 yuan remain")]
    public void Withdrawals_keep_to_the_rural_rule_and_the_banks_limits(decimal amount, decimal withdrawnToday, string message) =>
        Assert.Contains(message, Assert.Throws<FieldRuleException>(() => new WithdrawalLimits(2_000m, 2_000m).Check(amount, withdrawnToday)).Message);

    [Fact]
    public void A_withdrawal_within_the_limits_passes() => new WithdrawalLimits(2_000m, 2_000m).Check(500m, 1_500m);

    [Fact]
    public void A_reversal_mirrors_the_posting_and_only_the_open_day_reverses_once()
    {
        var cash = new LedgerAccount(LedgerAccountKind.StationCash, Bank, "cash", Guid.NewGuid(), null, null, 50_000m, Now);
        var wang = new LedgerAccount(LedgerAccountKind.CustomerDeposit, Bank, "6217000000000001", null, "王大爷", "110***002X", null, Now);
        var other = new LedgerAccount(LedgerAccountKind.CustomerDeposit, Guid.NewGuid(), "6217000000000002", null, "李", "110***002X", null, Now);
        Assert.True(wang.IsDepositAt(Bank));
        Assert.False(other.IsDepositAt(Bank));
        Assert.False(cash.IsDepositAt(Bank));
        var day = new DateOnly(2026, 3, 10);
        var deposit = Posting.Create([(cash, wang, 100m)], day, Now);
        var mirror = deposit.Reverse(new Dictionary<Guid, LedgerAccount> { [cash.Id] = cash, [wang.Id] = wang }, day, Now);
        Assert.Equal((0m, 0m), (cash.Balance, wang.Balance));
        Assert.Equal(deposit.Entries.Select(e => (e.AccountId, e.Credit, e.Debit)).Order(), mirror.Entries.Select(e => (e.AccountId, e.Debit, e.Credit)).Order());

        var tx = new StationTransaction(Guid.NewGuid(), "CashDeposit", wang.Id, "621***0001", null, 100m, null, null, day, Now, deposit.Id, 100m, 100m, "agent");
        Assert.Contains("closed business date", Assert.Throws<InvalidStateException>(() =>
            tx.CheckReversible(new StationBusinessDay(day, null, day.AddDays(1)))).Message);
        tx.CheckReversible(new StationBusinessDay(null, day, day));
        tx.MarkReversedBy(new StationTransaction(tx.StationId, "Reversal", wang.Id, "621***0001", null, 100m, null, null, day, Now, mirror.Id, 0m, 0m, "agent"));
        Assert.Equal("Reversed", Assert.Throws<InvalidStateException>(() => tx.CheckReversible(new StationBusinessDay(null, day, day))).CurrentState);
    }

    [Fact]
    public void Withdrawn_today_counts_unreversed_withdrawals_of_the_China_day()
    {
        var day = ChinaTime.DayOf(Now);
        StationTransaction Tx(string type, DateTimeOffset at) =>
            new(Guid.NewGuid(), type, Guid.NewGuid(), "621***0001", null, 100m, null, null, ChinaTime.DateOf(at), at, Guid.NewGuid(), 0m, 0m, "agent");
        var txs = new[]
        {
            Tx("CashWithdrawal", day.Start), Tx("PensionWithdrawal", day.End.AddTicks(-1)), Tx("CashDeposit", Now),
            Tx("CashWithdrawal", day.End), Tx("CashWithdrawal", day.Start.AddTicks(-1)),
        };
        Assert.Equal(2, txs.AsQueryable().Where(StationTransaction.WithdrawnWithin(day.Start, day.End)).Count());
    }

    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("0.005", 1)]
    [InlineData("-0.005", -1)]
    public void Money_in_fen_rounds_half_away_from_zero(string yuan, long fen) =>
        Assert.Equal(fen, Money.ToFen(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// A rule at an instant reads the instant from a captured field, as a C# closure does: EF Core sends it as a parameter and
    /// compiles the query once, instead of once per instant (a constant made each instant a new query).
    /// </summary>
    [Fact]
    public void A_rule_at_an_instant_holds_the_instant_as_a_parameter()
    {
        var constants = new Constants();
        constants.Visit(LoanApplication.OverdueUntold.At(Now));
        Assert.DoesNotContain(constants.Found, c => c.Value is DateTimeOffset);
        var captured = Assert.Single(constants.Found.Where(c => c.Value is not null && c.Type.IsClass && c.Type != typeof(string)).Select(c => c.Value).Distinct());
        Assert.Equal(Now, captured!.GetType().GetFields().Single().GetValue(captured));
        Assert.Equal(LoanApplication.OverdueUntold.At(Now).ToString(), LoanApplication.OverdueUntold.At(Now.AddDays(1)).ToString());
    }

    private sealed class Constants : System.Linq.Expressions.ExpressionVisitor
    {
        public List<System.Linq.Expressions.ConstantExpression> Found { get; } = [];

        protected override System.Linq.Expressions.Expression VisitConstant(System.Linq.Expressions.ConstantExpression node)
        {
            Found.Add(node);
            return base.VisitConstant(node);
        }
    }
}
