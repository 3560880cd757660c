using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Enterprises;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record GetMyEnterpriseQuery : IQuery<EnterpriseResponse>;

public sealed class GetMyEnterpriseHandler(IAppDbContext db, ICurrentUser user, Places.DivisionCatalog divisions) : IQueryHandler<GetMyEnterpriseQuery, EnterpriseResponse>
{
    public async ValueTask<EnterpriseResponse> Handle(GetMyEnterpriseQuery query, CancellationToken cancellationToken)
    {
        var id = user.RequireEnterpriseId();
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id);
        return EnterpriseResponse.From(enterprise, divisions);
    }
}
