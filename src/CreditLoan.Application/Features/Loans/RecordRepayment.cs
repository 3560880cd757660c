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

/// <summary>A repayment recorded by the owning bank.</summary>
/// <remarks>
/// With an <see cref="IdempotencyKey"/> (the API's optional <c>Idempotency-Key</c> header; the portal's form makes one per form)
/// the repayment's id is derived from the loan and the key (<see cref="Repayment.IdFor"/>): a repeat of the request — a double
/// click, a retry after a lost answer — finds the first repayment and answers with it, and two at once cannot both record it
/// (the loser runs again and finds the winner's). The same key with another amount or date is refused naming it.
/// </remarks>
[AuthorizeRoles(Roles.Bank)]
public sealed record RecordRepaymentCommand(decimal Amount, DateOnly PaidOn) : ICommand<RepaymentResponse>, IKeyedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LoanId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class RecordRepaymentValidator : AbstractValidator<RecordRepaymentCommand>
{
    public RecordRepaymentValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
        RuleFor(c => c.IdempotencyKey).Length(1, 64).When(c => c.IdempotencyKey is not null).OverridePropertyName("Idempotency-Key");
    }
}

public sealed class RecordRepaymentHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, TimeProvider clock) : ICommandHandler<RecordRepaymentCommand, RepaymentResponse>
{
    public async ValueTask<RepaymentResponse> Handle(RecordRepaymentCommand c, CancellationToken cancellationToken)
    {
        user.RequireBankId();
        var loan = await db.Loans.Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", c.LoanId, cancellationToken);
        var keyedId = c.IdempotencyKey is { } key ? Repayment.IdFor(loan.Id, key) : (Guid?)null;
        if (KeyedRepayment.Find(loan, keyedId, c.Amount, c.PaidOn, prepayment: false) is { } first)
            return new RepaymentResponse(first.Id, first.Amount, first.PaidOn, first.RecordedAt);
        var now = clock.GetUtcNow();
        var repayment = loan.RecordRepayment(c.Amount, c.PaidOn, ChinaTime.DateOf(now), now, user.AuditName(),
            await stats.PortfolioOpenFromAsync(cancellationToken), keyedId);
        return new RepaymentResponse(repayment.Id, repayment.Amount, repayment.PaidOn, repayment.RecordedAt);
    }
}

/// <summary>The repayment a keyed request recorded before, if any; the same key with another request is refused naming it.</summary>
internal static class KeyedRepayment
{
    public static Repayment? Find(Loan loan, Guid? keyedId, decimal amount, DateOnly paidOn, bool prepayment)
    {
        if (keyedId is not { } id || loan.Repayments.FirstOrDefault(r => r.Id == id) is not { } first) return null;
        if (first.Amount != amount || first.PaidOn != paidOn || first.IsPrepayment != prepayment)
            throw new FieldRuleException("Idempotency-Key", "This Idempotency-Key was already used for a different request.") { Code = "KeyReused" };
        return first;
    }
}
