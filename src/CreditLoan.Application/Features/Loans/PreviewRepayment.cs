using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

/// <summary>What a repayment goes to: one instalment's interest and principal from it, and how the instalment stands after.</summary>
public sealed record RepaymentShare(int Period, DateOnly DueDate, decimal Interest, decimal Principal, InstalmentStatus StatusAfter);

/// <summary>What recording a repayment would do: the balances before and after, the loan's status and days past due after, and the shares.</summary>
public sealed record RepaymentPreviewResponse(
    decimal Amount,
    DateOnly PaidOn,
    decimal OutstandingPrincipalBefore,
    decimal OutstandingPrincipalAfter,
    decimal OutstandingBefore,
    decimal OutstandingAfter,
    LoanStatus StatusAfter,
    int DaysPastDueAfter,
    IReadOnlyList<RepaymentShare> Shares);

/// <summary>
/// The preview of <see cref="RecordRepaymentCommand"/> (the portal's confirmation step), for whoever may see the loan
/// (<see cref="Tenancy.VisibleTo"/>). It runs the loan's own <see cref="Loan.RecordRepayment"/> — its allocation, every rule and
/// refusal — on a copy read without tracking, which is never saved.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise)]
public sealed record PreviewRepaymentQuery(Guid LoanId, decimal Amount, DateOnly PaidOn) : IQuery<RepaymentPreviewResponse>;

public sealed class PreviewRepaymentValidator : AbstractValidator<PreviewRepaymentQuery>
{
    public PreviewRepaymentValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
    }
}

public sealed class PreviewRepaymentHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, TimeProvider clock)
    : IQueryHandler<PreviewRepaymentQuery, RepaymentPreviewResponse>
{
    public async ValueTask<RepaymentPreviewResponse> Handle(PreviewRepaymentQuery q, CancellationToken cancellationToken)
    {
        var loan = await db.Loans.AsNoTracking().Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", q.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var before = LoanResponse.From(loan, today);
        // the copy is not tracked: the repayment it takes and the event it raises go nowhere
        loan.RecordRepayment(q.Amount, q.PaidOn, today, now, user.AuditName(), await stats.PortfolioOpenFromAsync(cancellationToken));
        var after = LoanResponse.From(loan, today);
        var shares = after.Schedule.Zip(before.Schedule)
            .Where(x => x.First.PaidInterest != x.Second.PaidInterest || x.First.PaidPrincipal != x.Second.PaidPrincipal)
            .Select(x => new RepaymentShare(x.First.Period, x.First.DueDate, x.First.PaidInterest - x.Second.PaidInterest,
                x.First.PaidPrincipal - x.Second.PaidPrincipal, x.First.Status))
            .ToList();
        return new RepaymentPreviewResponse(q.Amount, q.PaidOn, before.OutstandingPrincipal, after.OutstandingPrincipal, before.Outstanding,
            after.Outstanding, after.Status, after.DaysPastDue, shares);
    }
}
