using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

/// <summary>
/// What an early repayment would do, before the bank records it: the instalments still to come before and after (how many, the
/// next payment, the interest left, the last due date) and the whole new schedule.
/// </summary>
/// <param name="InstalmentsBefore">Regular instalments due after <c>paidOn</c> as the schedule stands.</param>
/// <param name="InstalmentsAfter">The same after the prepayment.</param>
public sealed record PrepaymentPreviewResponse(
    decimal Amount,
    DateOnly PaidOn,
    PrepaymentMode Mode,
    int InstalmentsBefore,
    int InstalmentsAfter,
    decimal? NextPaymentBefore,
    decimal? NextPaymentAfter,
    decimal InterestBefore,
    decimal InterestAfter,
    DateOnly? LastDueBefore,
    DateOnly? LastDueAfter,
    decimal OutstandingPrincipalAfter,
    IReadOnlyList<InstalmentResponse> Schedule);

/// <summary>
/// The preview of <see cref="PrepayLoanCommand"/> with the same body, seen by whoever may see the loan (<see cref="Tenancy.VisibleTo"/>:
/// another tenant's loan is 404). It runs the loan's own <see cref="Loan.Prepay"/> — every rule, the same refusals naming the same
/// fields — on a copy read without tracking, which is never saved.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise)]
public sealed record PreviewPrepaymentQuery(Guid LoanId, decimal Amount, DateOnly PaidOn, PrepaymentMode? Mode) : IQuery<PrepaymentPreviewResponse>;

public sealed class PreviewPrepaymentValidator : AbstractValidator<PreviewPrepaymentQuery>
{
    public PreviewPrepaymentValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
        RuleFor(c => c.Mode).NotNull().IsInEnum().WithMessage("mode must be ShortenTerm or LowerInstallment.").OverridePropertyName("mode");
    }
}

public sealed class PreviewPrepaymentHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, TimeProvider clock)
    : IQueryHandler<PreviewPrepaymentQuery, PrepaymentPreviewResponse>
{
    public async ValueTask<PrepaymentPreviewResponse> Handle(PreviewPrepaymentQuery q, CancellationToken cancellationToken)
    {
        var loan = await db.Loans.AsNoTracking().Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", q.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var before = Ahead(loan.OrderedSchedule, q.PaidOn);
        // the copy is not tracked: what Prepay changes and the event it raises go nowhere
        loan.Prepay(q.Amount, q.PaidOn, q.Mode!.Value, today, now, user.AuditName(), await stats.PortfolioOpenFromAsync(cancellationToken));
        var after = Ahead(loan.OrderedSchedule, q.PaidOn);
        return new PrepaymentPreviewResponse(q.Amount, q.PaidOn, q.Mode.Value, before.Count, after.Count, before.FirstOrDefault()?.Payment,
            after.FirstOrDefault()?.Payment, before.Sum(p => p.Interest), after.Sum(p => p.Interest), before.LastOrDefault()?.DueDate,
            after.LastOrDefault()?.DueDate, loan.OutstandingPrincipal, LoanResponse.From(loan, today).Schedule);
    }

    /// <summary>The regular instalments due after the day.</summary>
    private static List<ScheduledPayment> Ahead(IReadOnlyList<ScheduledPayment> schedule, DateOnly day) =>
        schedule.Where(p => p.DueDate > day && !p.IsPrepayment).ToList();
}
