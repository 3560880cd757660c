using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Cases;

public sealed record OnBehalfOf(string Name, string Phone);

/// <summary>
/// Lodges a 办不成事 case (问题诉求单): an enterprise about its own applications and loans or a bank or station it deals with; an
/// agent for a villager (<see cref="OnBehalfOf"/> required); the bureau for a walk-in or a call. Gives the case its number.
/// </summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent, Roles.Bureau)]
public sealed record LodgeCaseCommand(CaseSubjectType SubjectType, Guid SubjectId, [property: MultiLine] string Description, OnBehalfOf? OnBehalfOf = null)
    : ICommand<CaseResponse>;

public sealed class LodgeCaseValidator : AbstractValidator<LodgeCaseCommand>
{
    public LodgeCaseValidator()
    {
        RuleFor(c => c.SubjectType).IsInEnum().OverridePropertyName("subjectType");
        RuleFor(c => c.Description).NotEmpty().MaximumLength(ServiceCase.MaxText).OverridePropertyName("description");
        RuleFor(c => c.OnBehalfOf!.Name).NotEmpty().MaximumLength(ServiceCase.MaxName).OverridePropertyName("onBehalfOf.name").When(c => c.OnBehalfOf is not null);
        RuleFor(c => c.OnBehalfOf!.Phone).NotEmpty().Must(Identifiers.IsValidMobile).WithMessage("phone must be an 11-digit mobile number.")
            .OverridePropertyName("onBehalfOf.phone").When(c => c.OnBehalfOf is not null);
    }
}

public sealed class LodgeCaseHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ICaseNumbers numbers) : ICommandHandler<LodgeCaseCommand, CaseResponse>
{
    public async ValueTask<CaseResponse> Handle(LodgeCaseCommand c, CancellationToken ct)
    {
        var subject = await CaseSubjects.FindAsync(db, user, c.SubjectType, c.SubjectId, ct);
        var lodger = user.Role switch
        {
            Roles.Enterprise => CaseLodger.Enterprise,
            Roles.Agent => CaseLodger.Agent,
            _ => CaseLodger.Bureau,
        };
        if (lodger == CaseLodger.Enterprise && c.OnBehalfOf is not null)
            throw new FieldValidationException("onBehalfOf", "onBehalfOf is for an agent or the bureau lodging a case for someone; an enterprise lodges its own.");
        var enterpriseId = lodger == CaseLodger.Enterprise ? user.RequireEnterpriseId() : subject.EnterpriseId;
        var now = clock.GetUtcNow();
        var day = ChinaTime.DateOf(now);
        var number = ServiceCase.NumberOf(day, await numbers.NextAsync(day, ct));
        var @case = new ServiceCase(number, c.SubjectType, subject.Id, c.Description, lodger, lodger == CaseLodger.Enterprise ? enterpriseId : null,
            lodger == CaseLodger.Agent ? user.RequireStationId() : null, c.OnBehalfOf?.Name, c.OnBehalfOf?.Phone, enterpriseId, now, user.AuditName());
        db.Cases.Add(@case);
        return CaseResponse.From(@case, now, user, null, withHistory: true);
    }
}
