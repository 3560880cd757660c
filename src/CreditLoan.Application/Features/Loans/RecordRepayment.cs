using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

[AuthorizeRoles(Roles.Bank)]
public sealed record RecordRepaymentCommand(decimal Amount, DateOnly PaidOn) : ICommand<RepaymentResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LoanId { get; init; }
}

public sealed class RecordRepaymentValidator : AbstractValidator<RecordRepaymentCommand>
{
    public RecordRepaymentValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
    }
}

public sealed class RecordRepaymentHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, TimeProvider clock) : ICommandHandler<RecordRepaymentCommand, RepaymentResponse>
{
    public async ValueTask<RepaymentResponse> Handle(RecordRepaymentCommand c, CancellationToken cancellationToken)
    {
        user.RequireBankId();
        var loan = await db.Loans.Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", c.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var repayment = loan.RecordRepayment(c.Amount, c.PaidOn, ChinaTime.DateOf(now), now, user.AuditName(),
            await stats.PortfolioOpenFromAsync(cancellationToken));
        return new RepaymentResponse(repayment.Id, repayment.Amount, repayment.PaidOn, repayment.RecordedAt);
    }
}
