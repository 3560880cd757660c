using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record RevokeDelegationCommand(Guid StationId) : ICommand<Unit>, ITargetsEntity
{
    public string AuditEntityId => StationId.ToString();
}

public sealed class RevokeDelegationHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<RevokeDelegationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RevokeDelegationCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.EnterpriseId == enterpriseId && d.StationId == command.StationId, cancellationToken)
                         ?? throw new NotFoundException("Delegation", command.StationId);
        db.Delegations.Remove(delegation);
        return Unit.Value;
    }
}
