using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Needs;

[AuthorizeRoles(Roles.Enterprise, Roles.Agent, Roles.Bureau)]
public sealed record GetNeedQuery(Guid NeedId) : IQuery<NeedResponse>;

public sealed class GetNeedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetNeedQuery, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(GetNeedQuery query, CancellationToken cancellationToken) =>
        NeedResponse.From(await db.Needs.AsNoTracking().VisibleTo(user, db).FindAsync("Need", query.NeedId, cancellationToken), clock.GetUtcNow());
}
