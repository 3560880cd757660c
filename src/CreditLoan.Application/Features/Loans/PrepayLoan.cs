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
/// <remarks>An <see cref="IdempotencyKey"/> makes it once, as <see cref="RecordRepaymentCommand"/>: a repeat answers the loan as it is.</remarks>
[AuthorizeRoles(Roles.Bank)]
public sealed record PrepayLoanCommand(decimal Amount, DateOnly PaidOn, PrepaymentMode? Mode) : ICommand<LoanResponse>, ITargetsEntity, IKeyedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LoanId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public string AuditEntityId => LoanId.ToString();
}

public sealed class PrepayLoanValidator : AbstractValidator<PrepayLoanCommand>
{
    public PrepayLoanValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
        RuleFor(c => c.Mode).NotNull().IsInEnum().WithMessage("mode must be ShortenTerm or LowerInstallment.").OverridePropertyName("mode");
        RuleFor(c => c.IdempotencyKey).Length(1, 64).When(c => c.IdempotencyKey is not null).OverridePropertyName("Idempotency-Key");
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
        var keyedId = c.IdempotencyKey is { } key ? Repayment.IdFor(loan.Id, key) : (Guid?)null;
        if (KeyedRepayment.Find(loan, keyedId, c.Amount, c.PaidOn, prepayment: true) is not null) return LoanResponse.From(loan, today);
        loan.Prepay(c.Amount, c.PaidOn, c.Mode!.Value, today, now, user.AuditName(), await stats.PortfolioOpenFromAsync(cancellationToken), keyedId);
        return LoanResponse.From(loan, today);
    }
}
