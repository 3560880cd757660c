using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Tests;

/// <summary>Every allowed and every refused transition of product.md §6.</summary>
public sealed class ApplicationStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The product applied to: rates 3.85–6.5 %, 6–36 months, 等额本息 or 先息后本.</summary>
    private static readonly LoanProduct Product = new(Guid.NewGuid(), new ProductTerms("牧业贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m,
        [RepaymentMethod.EqualInstallment, RepaymentMethod.InterestOnly], [], [], CreditGrade.C, 0, [], false, ["营业执照"], null), Now);

    private static LoanApplication Submitted() =>
        new(Guid.NewGuid(), Product.BankId, Product.Id, null, 120_000m, 12, Now, Now.AddDays(2), "ent", null, "130682101", "A");

    private static LoanApplication In(ApplicationStatus status)
    {
        var a = Submitted();
        switch (status)
        {
            case ApplicationStatus.Submitted: break;
            case ApplicationStatus.Accepted: a.Accept(Now, Now.AddDays(7), "maker"); break;
            case ApplicationStatus.ApprovalPending:
                a.Accept(Now, Now.AddDays(7), "maker");
                a.Approve(120_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, 100_000m, Now, "maker");
                break;
            case ApplicationStatus.Approved:
                a.Accept(Now, Now.AddDays(7), "maker");
                a.Approve(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "maker");
                break;
            case ApplicationStatus.Rejected: a.Reject("流水不足", Now, "maker"); break;
            case ApplicationStatus.Withdrawn: a.Withdraw(Now, "ent"); break;
            case ApplicationStatus.Disbursed:
                a.Accept(Now, Now.AddDays(7), "maker");
                a.Approve(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "maker");
                a.Disburse(100_000m, new DateOnly(2026, 3, 10), Now, "maker");
                break;
        }
        Assert.Equal(status, a.Status);
        return a;
    }

    private static readonly Dictionary<string, Action<LoanApplication>> Moves = new()
    {
        ["accept"] = a => a.Accept(Now, Now.AddDays(7), "officer"),
        ["approve"] = a => a.Approve(100_000m, 4.35m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "officer"),
        ["confirm"] = a => a.ConfirmApproval(Now, "checker"),
        ["reject"] = a => a.Reject("reason", Now, "officer"),
        ["withdraw"] = a => a.Withdraw(Now, "ent"),
        ["disburse"] = a => a.Disburse(100_000m, new DateOnly(2026, 3, 10), Now, "officer"),
    };

    public static TheoryData<ApplicationStatus, string, bool> Matrix()
    {
        var allowed = new HashSet<(ApplicationStatus, string)>
        {
            (ApplicationStatus.Submitted, "accept"), (ApplicationStatus.Submitted, "reject"), (ApplicationStatus.Submitted, "withdraw"),
            (ApplicationStatus.Accepted, "approve"), (ApplicationStatus.Accepted, "reject"), (ApplicationStatus.Accepted, "withdraw"),
            (ApplicationStatus.ApprovalPending, "confirm"), (ApplicationStatus.ApprovalPending, "reject"), (ApplicationStatus.ApprovalPending, "withdraw"),
            (ApplicationStatus.Approved, "disburse"),
        };
        var data = new TheoryData<ApplicationStatus, string, bool>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
            foreach (var move in Moves.Keys)
                data.Add(status, move, allowed.Contains((status, move)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_move_is_allowed_only_from_its_states(ApplicationStatus from, string move, bool allowed)
    {
        var a = In(from);
        var version = a.Version;
        var steps = a.History.Count;
        if (allowed)
        {
            Moves[move](a);
            Assert.NotEqual(version, a.Version);
            Assert.Equal(steps + 1, a.History.Count);
        }
        else
        {
            var refused = Assert.Throws<InvalidStateException>(() => Moves[move](a));
            Assert.Equal(from.ToString(), refused.CurrentState);
            Assert.Equal(from, a.Status);
            Assert.Equal(version, a.Version);
            Assert.Equal(steps, a.History.Count);
        }
    }

    [Fact]
    public void The_maker_cannot_check_their_own_approval()
    {
        var a = In(ApplicationStatus.ApprovalPending);
        Assert.Throws<DomainException>(() => a.ConfirmApproval(Now, "maker"));
        a.ConfirmApproval(Now, "checker");
        Assert.Equal(ApplicationStatus.Approved, a.Status);
    }

    [Fact]
    public void Amounts_dates_and_reasons_are_checked()
    {
        Assert.Equal("amount", Assert.Throws<FieldRuleException>(() => In(ApplicationStatus.Accepted)
            .Approve(120_000.01m, 4m, 12, RepaymentMethod.EqualInstallment, Product, null, Now, "o")).Field);
        Assert.Equal("reason", Assert.Throws<FieldRuleException>(() => In(ApplicationStatus.Submitted).Reject(" ", Now, "o")).Field);
        var approved = In(ApplicationStatus.Approved);
        Assert.Equal("amount", Assert.Throws<FieldRuleException>(() => approved.Disburse(100_000.01m, new DateOnly(2026, 3, 10), Now, "o")).Field);
        Assert.Equal("disbursedOn", Assert.Throws<FieldRuleException>(() => approved.Disburse(1m, new DateOnly(2026, 3, 9), Now, "o")).Field);
        Assert.Equal("disbursedOn", Assert.Throws<FieldRuleException>(() => approved.Disburse(1m, new DateOnly(2026, 3, 11), Now, "o")).Field);
    }

    [Fact]
    public void Overdue_follows_the_stage_deadline_and_is_notified_once_per_stage()
    {
        var a = Submitted();
        Assert.False(a.IsOverdueAt(Now.AddDays(2)));
        Assert.True(a.IsOverdueAt(Now.AddDays(2).AddSeconds(1)));
        Assert.True(a.MarkOverdueNotified(Now));
        Assert.False(a.MarkOverdueNotified(Now));
        a.Accept(Now.AddDays(3), Now.AddDays(10), "o");
        Assert.False(a.IsOverdueAt(Now.AddDays(9)));
        Assert.True(a.IsOverdueAt(Now.AddDays(11)));
        Assert.True(a.MarkOverdueNotified(Now.AddDays(11)));
        Assert.False(a.MarkOverdueNotified(Now.AddDays(12)));
    }
}
