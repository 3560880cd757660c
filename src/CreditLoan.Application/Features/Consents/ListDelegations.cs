using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record ListDelegationsQuery : IQuery<DelegationsResponse>;

public sealed record DelegationsResponse(IReadOnlyList<DelegationResponse> Items);

public sealed class ListDelegationsHandler(IAppDbContext db, ICurrentUser user, Places.DivisionCatalog divisions) : IQueryHandler<ListDelegationsQuery, DelegationsResponse>
{
    public async ValueTask<DelegationsResponse> Handle(ListDelegationsQuery query, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var items = await (from d in db.Delegations.AsNoTracking()
                           where d.EnterpriseId == enterpriseId
                           join s in db.Stations.AsNoTracking() on d.StationId equals s.Id
                           orderby d.GrantedAt
                           select new DelegationResponse(s.Id, s.Name, s.VillageCode, d.GrantedAt)).ToListAsync(cancellationToken);
        return new DelegationsResponse(items.Select(i => i.Named(divisions)).ToList());
    }
}
