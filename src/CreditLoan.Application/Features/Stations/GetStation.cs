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

public sealed class GetStationHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetStationQuery, StationResponse>
{
    public async ValueTask<StationResponse> Handle(GetStationQuery query, CancellationToken cancellationToken)
    {
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.StationId, cancellationToken);
        var visible = station is not null && (user.IsInRole(Roles.Bureau)
            || (user.IsInRole(Roles.Bank) && user.BankId == station.PartnerBankId)
            || (user.IsInRole(Roles.Agent) && user.StationId == station.Id));
        return visible ? StationResponse.From(station!) : throw new NotFoundException("Station", query.StationId);
    }
}
