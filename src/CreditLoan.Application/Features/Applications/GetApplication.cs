using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationResponse>;

public sealed class GetApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetApplicationQuery, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.History).VisibleTo(user, db).FindAsync("Application", query.ApplicationId, cancellationToken);
        return ApplicationResponse.From(a, clock.GetUtcNow());
    }
}
