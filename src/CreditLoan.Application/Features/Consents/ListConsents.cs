using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

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
