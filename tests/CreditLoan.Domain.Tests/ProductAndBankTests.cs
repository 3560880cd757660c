using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Tests;

public sealed class ProductAndBankTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static ProductTerms Terms(IReadOnlyList<string>? industries = null, IReadOnlyList<string>? divisions = null) => new(
        "牧业贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m, [RepaymentMethod.EqualInstallment, RepaymentMethod.EqualInstallment],
        industries ?? [], divisions ?? [], CreditGrade.C, 1, [], false, [" 营业执照 "], null);

    [Fact]
    public void Publishing_and_retiring_follow_draft_published_retired()
    {
        var p = new LoanProduct(Guid.NewGuid(), Terms(), Now);
        Assert.Equal(ProductStatus.Draft, p.Status);
        var v0 = p.Version;
        p.Publish(Now);
        Assert.Equal(ProductStatus.Published, p.Status);
        Assert.Equal(Now, p.PublishedAt);
        Assert.NotEqual(v0, p.Version);
        var ex = Assert.Throws<InvalidStateException>(() => p.Publish(Now));
        Assert.Equal("Published", ex.CurrentState);
        p.Update(Terms(), Now);
        p.Retire(Now);
        Assert.Equal("Retired", Assert.Throws<InvalidStateException>(() => p.Retire(Now)).CurrentState);
        Assert.Throws<InvalidStateException>(() => p.Publish(Now));
        Assert.Throws<InvalidStateException>(() => p.Update(Terms(), Now));
    }

    [Fact]
    public void A_draft_can_be_retired_without_being_published()
    {
        var p = new LoanProduct(Guid.NewGuid(), Terms(), Now);
        p.Retire(Now);
        Assert.Equal(ProductStatus.Retired, p.Status);
        Assert.Null(p.PublishedAt);
    }

    [Fact]
    public void Terms_are_normalised_and_ranges_enforced()
    {
        var p = new LoanProduct(Guid.NewGuid(), Terms(), Now);
        Assert.Equal([RepaymentMethod.EqualInstallment], p.RepaymentMethods);
        Assert.Equal(["营业执照"], p.RequiredMaterials);
        Assert.Throws<DomainException>(() => new LoanProduct(Guid.NewGuid(), Terms() with { MaxAmount = 1m }, Now));
        Assert.Throws<DomainException>(() => new LoanProduct(Guid.NewGuid(), Terms() with { RepaymentMethods = [] }, Now));
        Assert.Throws<DomainException>(() => new LoanProduct(Guid.NewGuid(), Terms() with { MinTermMonths = 0 }, Now));
        Assert.Throws<DomainException>(() => new LoanProduct(Guid.NewGuid(), Terms() with { MaxAnnualRate = 1m }, Now));
    }

    [Fact]
    public void Eligibility_lists_are_prefixes_and_empty_means_everyone()
    {
        var open = new LoanProduct(Guid.NewGuid(), Terms(), Now);
        Assert.True(open.IsIndustryEligible("C13"));
        Assert.True(open.IsDivisionEligible("440305001001"));

        var narrow = new LoanProduct(Guid.NewGuid(), Terms(["A", "F52"], ["130682101", "130681"]), Now);
        Assert.True(narrow.IsIndustryEligible("A03"));
        Assert.True(narrow.IsIndustryEligible("A"));
        Assert.True(narrow.IsIndustryEligible("F52"));
        Assert.False(narrow.IsIndustryEligible("F51"));
        Assert.False(narrow.IsIndustryEligible("F"));
        Assert.True(narrow.IsDivisionEligible("130682101206"));
        Assert.True(narrow.IsDivisionEligible("130681200001"));
        Assert.False(narrow.IsDivisionEligible("130682102200"));
    }

    [Fact]
    public void Bank_settings_keep_the_per_transaction_limit_within_the_daily_one()
    {
        var bank = new Bank("定州农商银行", "91130682MA0CX7TB4X", Now);
        Assert.Equal(2000m, bank.WithdrawalLimitPerDay);
        Assert.Throws<DomainException>(() => bank.ChangeSettings(null, 1000m, 1500m, new Dictionary<TransactionType, decimal>()));
        bank.ChangeSettings(100_000m, 3000m, 1000m, new Dictionary<TransactionType, decimal> { [TransactionType.CashDeposit] = 0.5m });
        bank.ChangeSettings(100_000m, 3000m, 1000m, new Dictionary<TransactionType, decimal> { [TransactionType.Transfer] = 1m });
        var commission = Assert.Single(bank.Commissions);
        Assert.Equal(TransactionType.Transfer, commission.Type);
    }

    [Fact]
    public void Outbox_messages_back_off_exponentially_and_give_up()
    {
        var m = new OutboxMessage("Test", "13812345678", "{}", Now);
        m.MarkFailed(Now, "down");
        Assert.Equal(Now.AddSeconds(2), m.NextAttemptAt);
        m.MarkFailed(Now, "down");
        Assert.Equal(Now.AddSeconds(4), m.NextAttemptAt);
        for (var i = 2; i < OutboxMessage.MaxAttempts; i++) m.MarkFailed(Now, "down");
        Assert.Equal(Now, m.FailedAt);
        Assert.Equal(OutboxMessage.MaxAttempts, m.Attempts);
    }
}
