using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Needs;

/// <summary>An enterprise posts a need; an agent posts one for an enterprise that authorised its station (帮办).</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record PostNeedCommand(decimal Amount, int TermMonths, [property: MultiLine] string Purpose, Collateral Collateral, decimal? MaxAnnualRate, Guid? EnterpriseId = null)
    : ICommand<NeedResponse>;

public sealed class PostNeedValidator : AbstractValidator<PostNeedCommand>
{
    public PostNeedValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(500).OverridePropertyName("purpose");
        RuleFor(c => c.Collateral).IsInEnum().OverridePropertyName("collateral");
        RuleFor(c => c.MaxAnnualRate!.Value).GreaterThan(0).LessThanOrEqualTo(36).Must(Money.IsRate)
            .WithMessage("maxAnnualRate must be a percentage above 0 and at most 36 with at most 4 decimals.")
            .OverridePropertyName("maxAnnualRate").When(c => c.MaxAnnualRate.HasValue);
    }
}

public sealed class PostNeedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PostNeedCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(PostNeedCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = await db.ActingForAsync(user, command.EnterpriseId, cancellationToken);
        var now = clock.GetUtcNow();
        var need = new FinancingNeed(enterpriseId, command.Amount, command.TermMonths, command.Purpose.Trim(), command.Collateral, command.MaxAnnualRate,
            user.AuditName(), user.IsInRole(Roles.Agent) ? user.StationId : null, now);
        db.Needs.Add(need);
        return NeedResponse.From(need, now);
    }
}
