using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>
/// An enterprise that authorised the station; <see cref="AuthorisationId"/> is the paper authorisation the station's agent recorded
/// when registering a villager without an account (帮办代办; its scan at <c>/api/stations/{id}/authorisations/{authorisationId}</c>),
/// null for an enterprise that authorised the station from its own account. <see cref="Phone"/> is the enterprise's contact.
/// </summary>
public sealed record DelegatorResponse(Guid EnterpriseId, string CreditCode, string Name, string DivisionCode, DateTimeOffset GrantedAt,
    string Phone, Guid? AuthorisationId, string? PrincipalName, string? TownshipName = null, string? VillageName = null)
{
    public DelegatorResponse Named(Places.DivisionCatalog divisions) =>
        this with { TownshipName = divisions.TownshipNameOf(DivisionCode), VillageName = divisions.VillageNameOf(DivisionCode) };
}

public sealed record DelegatorsResponse(IReadOnlyList<DelegatorResponse> Items);

/// <summary>The enterprises that authorised the agent's station to act for them (帮办), oldest grant first; or only <paramref name="EnterpriseId"/>.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record ListDelegatorsQuery(Guid StationId, Guid? EnterpriseId = null) : IQuery<DelegatorsResponse>;

public sealed class ListDelegatorsHandler(IAppDbContext db, ICurrentUser user, Places.DivisionCatalog divisions) : IQueryHandler<ListDelegatorsQuery, DelegatorsResponse>
{
    public async ValueTask<DelegatorsResponse> Handle(ListDelegatorsQuery query, CancellationToken cancellationToken)
    {
        await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", query.StationId, cancellationToken);
        var items = await (from d in db.Delegations.AsNoTracking()
                           where d.StationId == query.StationId && (query.EnterpriseId == null || d.EnterpriseId == query.EnterpriseId)
                           join e in db.Enterprises.AsNoTracking() on d.EnterpriseId equals e.Id
                           orderby d.GrantedAt
                           let paper = db.PaperAuthorisations.Where(p => p.EnterpriseId == e.Id && p.StationId == d.StationId)
                               .OrderByDescending(p => p.RecordedAt).FirstOrDefault()
                           select new DelegatorResponse(e.Id, e.CreditCode, e.Name, e.DivisionCode, d.GrantedAt, e.Phone,
                               paper == null ? null : paper.Id, paper == null ? null : paper.PrincipalName)).ToListAsync(cancellationToken);
        return new DelegatorsResponse(items.Select(i => i.Named(divisions)).ToList());
    }
}
