using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>Authorises a station's agents to post needs and applications for this enterprise (帮办授权).</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record GrantDelegationCommand(Guid StationId) : ICommand<DelegationResponse>, ITargetsEntity
{
    public string AuditEntityId => StationId.ToString();
}

public sealed class GrantDelegationValidator : AbstractValidator<GrantDelegationCommand>
{
    public GrantDelegationValidator() => RuleFor(c => c.StationId).NotEmpty().OverridePropertyName("stationId");
}

public sealed class GrantDelegationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions) : ICommandHandler<GrantDelegationCommand, DelegationResponse>
{
    public async ValueTask<DelegationResponse> Handle(GrantDelegationCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.StationId, cancellationToken)
                      ?? throw new FieldValidationException("stationId", $"No station with id {command.StationId}.");
        if (await db.Delegations.AnyAsync(d => d.EnterpriseId == enterpriseId && d.StationId == station.Id, cancellationToken))
            throw new ConflictException($"Station {station.Name} is already authorised.") { Code = "StationAlreadyAuthorised", Values = [station.Name] };
        var delegation = new Delegation(enterpriseId, station.Id, clock.GetUtcNow());
        db.Delegations.Add(delegation);
        return new DelegationResponse(station.Id, station.Name, station.VillageCode, delegation.GrantedAt).Named(divisions);
    }
}
