using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>A case with its timeline: for the enterprise concerned, the station that lodged it, its assignee once assigned, the bureau.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record GetCaseQuery(Guid Id) : IQuery<CaseResponse>;

public sealed class GetCaseHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCaseQuery, CaseResponse>
{
    public async ValueTask<CaseResponse> Handle(GetCaseQuery q, CancellationToken ct)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.History).VisibleTo(user).FindAsync("Case", q.Id, ct);
        var names = await AssigneeNames.LoadAsync(db, [@case], ct);
        return CaseResponse.From(@case, clock.GetUtcNow(), user, names(@case), withHistory: true);
    }
}
