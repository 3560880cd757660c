using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;

namespace CreditLoan.Web.Demo;

/// <summary>Where an application of the sample county's year ends up (the last four are still open today).</summary>
public enum Ending { Disbursed, Rejected, Withdrawn, Submitted, Accepted, ApprovalPending, Approved }

/// <summary>One application of the county's year: the plan (who, which product, what terms, when each step happens) and, once sent, its ids.</summary>
public sealed class DemoApplication
{
    public required DemoEnterprise Enterprise { get; init; }
    public required int Product { get; init; }
    public required Ending Ending { get; init; }
    public required decimal Requested { get; set; }
    /// <summary>What the bank approves and pays out (at most <see cref="Requested"/>).</summary>
    public required decimal Amount { get; set; }
    public required int TermMonths { get; init; }
    public required decimal AnnualRate { get; init; }
    public required RepaymentMethod Method { get; init; }
    public required Collateral Collateral { get; init; }
    public required bool WithNeed { get; set; }
    public required string Purpose { get; init; }
    public decimal? MaxAnnualRate { get; init; }

    public DateTimeOffset? NeedAt { get; set; }
    public DateTimeOffset SubmitAt { get; set; }
    public DateTimeOffset? AcceptAt { get; set; }
    /// <summary>The officer's approval (or rejection).</summary>
    public DateTimeOffset? DecideAt { get; set; }
    /// <summary>The second officer's confirmation of an approval above the bank's maker-checker threshold.</summary>
    public DateTimeOffset? ConfirmAt { get; set; }
    public DateTimeOffset? DisburseAt { get; set; }
    public DateTimeOffset? WithdrawAt { get; set; }
    public string? RejectReason { get; set; }

    public Guid NeedId { get; set; }
    public Guid Id { get; set; }
    public Guid LoanId { get; set; }
    public DateOnly DisbursedOn => Domain.Common.ChinaTime.DateOf(DisburseAt!.Value);

    /// <summary>Sent by the agent of the enterprise's village station (帮办) rather than by the enterprise itself.</summary>
    public bool ByAgent => Enterprise.Delegates;

    public DateTimeOffset Last => WithdrawAt ?? DisburseAt ?? ConfirmAt ?? DecideAt ?? AcceptAt ?? SubmitAt;
}
