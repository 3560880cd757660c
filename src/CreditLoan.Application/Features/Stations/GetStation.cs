using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>A station as its agents, its partner bank and the bureau see it.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent)]
public sealed record GetStationQuery(Guid StationId) : IQuery<StationResponse>;

public sealed class GetStationHandler(IAppDbContext db, ICurrentUser user, Places.DivisionCatalog divisions) : IQueryHandler<GetStationQuery, StationResponse>
{
    public async ValueTask<StationResponse> Handle(GetStationQuery query, CancellationToken cancellationToken)
    {
        return StationResponse.From(await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", query.StationId, cancellationToken), divisions);
    }
}
