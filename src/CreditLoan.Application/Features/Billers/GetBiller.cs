using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Billers;

/// <summary>One biller the caller sees (Tenancy); another bank's is 404.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent)]
public sealed record GetBillerQuery(Guid BillerId) : IQuery<BillerResponse>;

public sealed class GetBillerHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetBillerQuery, BillerResponse>
{
    public async ValueTask<BillerResponse> Handle(GetBillerQuery q, CancellationToken ct) =>
        await BillerBanks.ResponseAsync(db, await db.Billers.AsNoTracking().VisibleTo(user, db).FindAsync("Biller", q.BillerId, ct), ct);
}
