using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

public sealed record ConsentResponse(Guid Id, Guid BankId, string? BankName, Guid ApplicationId, DateTimeOffset GrantedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, bool Live) : IEntityResponse;

/// <summary>The signed-in enterprise's consents, newest first.</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record ListConsentsQuery : IQuery<ConsentsResponse>;

public sealed record ConsentsResponse(IReadOnlyList<ConsentResponse> Items);

public sealed class ListConsentsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListConsentsQuery, ConsentsResponse>
{
    public async ValueTask<ConsentsResponse> Handle(ListConsentsQuery query, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var now = clock.GetUtcNow();
        var rows = await (from c in db.Consents.AsNoTracking()
                          where c.EnterpriseId == enterpriseId
                          join b in db.Banks.AsNoTracking() on c.BankId equals b.Id
                          orderby c.GrantedAt descending
                          select new { Consent = c, BankName = b.Name }).ToListAsync(cancellationToken);
        return new ConsentsResponse(rows.Select(r => ToResponse(r.Consent, r.BankName, now)).ToList());
    }

    internal static ConsentResponse ToResponse(Consent c, string? bankName, DateTimeOffset now) =>
        new(c.Id, c.BankId, bankName, c.ApplicationId, c.GrantedAt, c.ExpiresAt, c.RevokedAt, c.IsLiveAt(now));
}

/// <summary>Takes a bank's access to the credit report away at once.</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record RevokeConsentCommand(Guid ConsentId) : ICommand<ConsentResponse>;

public sealed class RevokeConsentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RevokeConsentCommand, ConsentResponse>
{
    public async ValueTask<ConsentResponse> Handle(RevokeConsentCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == command.ConsentId && c.EnterpriseId == enterpriseId, cancellationToken)
                      ?? throw new NotFoundException("Consent", command.ConsentId);
        var now = clock.GetUtcNow();
        consent.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        var bankName = await db.Banks.AsNoTracking().Where(b => b.Id == consent.BankId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
        return ListConsentsHandler.ToResponse(consent, bankName, now);
    }
}

public sealed record DelegationResponse(Guid StationId, string StationName, string VillageCode, DateTimeOffset GrantedAt);

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

public sealed class GrantDelegationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<GrantDelegationCommand, DelegationResponse>
{
    public async ValueTask<DelegationResponse> Handle(GrantDelegationCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.StationId, cancellationToken)
                      ?? throw new FieldValidationException("stationId", $"No station with id {command.StationId}.");
        if (await db.Delegations.AnyAsync(d => d.EnterpriseId == enterpriseId && d.StationId == station.Id, cancellationToken))
            throw new ConflictException($"Station {station.Name} is already authorised.");
        var delegation = new Delegation(enterpriseId, station.Id, clock.GetUtcNow());
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(cancellationToken);
        return new DelegationResponse(station.Id, station.Name, station.VillageCode, delegation.GrantedAt);
    }
}

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
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

[AuthorizeRoles(Roles.Enterprise)]
public sealed record ListDelegationsQuery : IQuery<DelegationsResponse>;

public sealed record DelegationsResponse(IReadOnlyList<DelegationResponse> Items);

public sealed class ListDelegationsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListDelegationsQuery, DelegationsResponse>
{
    public async ValueTask<DelegationsResponse> Handle(ListDelegationsQuery query, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var items = await (from d in db.Delegations.AsNoTracking()
                           where d.EnterpriseId == enterpriseId
                           join s in db.Stations.AsNoTracking() on d.StationId equals s.Id
                           orderby d.GrantedAt
                           select new DelegationResponse(s.Id, s.Name, s.VillageCode, d.GrantedAt)).ToListAsync(cancellationToken);
        return new DelegationsResponse(items);
    }
}

public sealed record DelegatorResponse(Guid EnterpriseId, string CreditCode, string Name, string DivisionCode, DateTimeOffset GrantedAt);

public sealed record DelegatorsResponse(IReadOnlyList<DelegatorResponse> Items);

/// <summary>The enterprises that authorised the agent's station to act for them (帮办), oldest grant first.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record ListDelegatorsQuery(Guid StationId) : IQuery<DelegatorsResponse>;

public sealed class ListDelegatorsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListDelegatorsQuery, DelegatorsResponse>
{
    public async ValueTask<DelegatorsResponse> Handle(ListDelegatorsQuery query, CancellationToken cancellationToken)
    {
        if (user.StationId != query.StationId) throw new NotFoundException("Station", query.StationId);
        var items = await (from d in db.Delegations.AsNoTracking()
                           where d.StationId == query.StationId
                           join e in db.Enterprises.AsNoTracking() on d.EnterpriseId equals e.Id
                           orderby d.GrantedAt
                           select new DelegatorResponse(e.Id, e.CreditCode, e.Name, e.DivisionCode, d.GrantedAt)).ToListAsync(cancellationToken);
        return new DelegatorsResponse(items);
    }
}
