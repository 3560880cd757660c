using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

/// <summary>Early repayment (提前还款) recorded by the owning bank; the answer is the loan with its recomputed schedule.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record PrepayLoanCommand(decimal Amount, DateOnly PaidOn, PrepaymentMode? Mode) : ICommand<LoanResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LoanId { get; init; }

    public string AuditEntityId => LoanId.ToString();
}

public sealed class PrepayLoanValidator : AbstractValidator<PrepayLoanCommand>
{
    public PrepayLoanValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
        RuleFor(c => c.Mode).NotNull().IsInEnum().WithMessage("mode must be ShortenTerm or LowerInstallment.").OverridePropertyName("mode");
    }
}

public sealed class PrepayLoanHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, TimeProvider clock) : ICommandHandler<PrepayLoanCommand, LoanResponse>
{
    public async ValueTask<LoanResponse> Handle(PrepayLoanCommand c, CancellationToken cancellationToken)
    {
        user.RequireBankId();
        var loan = await db.Loans.Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", c.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        loan.Prepay(c.Amount, c.PaidOn, c.Mode!.Value, today, now, user.AuditName(), await stats.PortfolioOpenFromAsync(cancellationToken));
        return LoanResponse.From(loan, today);
    }
}
