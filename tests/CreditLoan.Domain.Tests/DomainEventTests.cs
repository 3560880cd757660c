using CreditLoan.Domain.Common;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Domain.Tests;

/// <summary>Aggregates record what happened to them; the statistics and the notifications are made from these events.</summary>
public sealed class DomainEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The product applied to: rates 3.85–6.5 %, 6–36 months, 等额本息 or 先息后本.</summary>
    private static readonly LoanProduct Product = new(Guid.NewGuid(), new ProductTerms("牧业贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m,
        [RepaymentMethod.EqualInstallment, RepaymentMethod.InterestOnly], [], [], CreditGrade.C, 0, [], false, ["营业执照"], null), Now);

    private static LoanApplication Submitted() =>
        new(Guid.NewGuid(), Product.BankId, Product.Id, null, 120_000m, 12, Now, Now.AddDays(2), "ent", null, "130682101", "A");

    [Fact]
    public void Submitting_records_the_application_with_where_it_was_made()
    {
        var a = Submitted();
        var moved = Assert.IsType<ApplicationMoved>(Assert.Single(a.TakeDomainEvents()));
        Assert.Null(moved.Before);
        Assert.Equal(ApplicationStatus.Submitted, moved.MovedTo);
        Assert.Equal(("130682101", "A"), (a.Township, a.IndustrySection));
        Assert.Empty(a.TakeDomainEvents());   // handed out once
    }

    [Fact]
    public void Each_move_records_the_facts_before_and_after_it()
    {
        var a = Submitted();
        a.TakeDomainEvents();
        a.Accept(Now.AddHours(1), Now.AddDays(7), "officer");
        var accepted = Assert.IsType<ApplicationMoved>(Assert.Single(a.TakeDomainEvents()));
        Assert.Null(accepted.Before!.AcceptedAt);
        Assert.Equal(Now.AddHours(1), accepted.After.AcceptedAt);
        Assert.Equal(ApplicationStatus.Accepted, accepted.MovedTo);
        a.Approve(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, null, Now.AddHours(2), "officer");
        Assert.Equal(ApplicationStatus.Approved, Assert.IsType<ApplicationMoved>(Assert.Single(a.TakeDomainEvents())).MovedTo);
    }

    [Fact]
    public void Disbursing_returns_the_loan_which_records_its_disbursal_where_the_application_was_made()
    {
        var a = Submitted();
        a.Accept(Now, Now.AddDays(7), "officer");
        a.Approve(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "officer");
        a.TakeDomainEvents();
        var loan = a.Disburse(100_000m, new DateOnly(2026, 3, 10), Now, "officer");
        Assert.Equal(loan.Id, a.LoanId);
        Assert.Equal(("130682101", "A", 100_000m), (loan.Township, loan.IndustrySection, loan.Principal));
        Assert.Same(loan, Assert.IsType<LoanDisbursed>(Assert.Single(loan.TakeDomainEvents())).Loan);
        Assert.Equal(ApplicationStatus.Disbursed, Assert.IsType<ApplicationMoved>(Assert.Single(a.TakeDomainEvents())).MovedTo);
    }

    [Fact]
    public void A_missed_limit_counts_once_and_is_recorded_without_a_move()
    {
        var a = Submitted();
        a.TakeDomainEvents();
        Assert.False(a.OverdueCounted);
        Assert.True(a.MarkOverdueNotified(Now.AddDays(3)));
        var flagged = Assert.IsType<ApplicationMoved>(Assert.Single(a.TakeDomainEvents()));
        Assert.Null(flagged.MovedTo);
        Assert.True(flagged.After.MissedALimit);
        Assert.True(a.OverdueCounted);
        Assert.False(a.MarkOverdueNotified(Now.AddDays(4)));
        Assert.Empty(a.TakeDomainEvents());
    }

    [Fact]
    public void A_station_transaction_records_its_posting()
    {
        var tx = new StationTransaction(Guid.NewGuid(), "CashDeposit", Guid.NewGuid(), "621***1234", null, 100m, null, null, new DateOnly(2026, 3, 10), Now,
            Guid.NewGuid(), 100m, 100m, "agent");
        Assert.Same(tx, Assert.IsType<StationTransactionPosted>(Assert.Single(tx.TakeDomainEvents())).Transaction);
    }
}
