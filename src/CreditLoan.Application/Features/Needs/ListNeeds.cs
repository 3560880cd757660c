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

/// <summary>Needs the caller may see: an enterprise its own, an agent those its station posted, the bureau all.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent, Roles.Bureau)]
public sealed record ListNeedsQuery(NeedStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<NeedResponse>>, IPagedQuery;

public sealed class ListNeedsValidator : AbstractValidator<ListNeedsQuery>
{
    public ListNeedsValidator() => this.AddPagingRules();
}

public sealed class ListNeedsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListNeedsQuery, PagedList<NeedResponse>>
{
    public async ValueTask<PagedList<NeedResponse>> Handle(ListNeedsQuery q, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var needs = db.Needs.AsNoTracking().VisibleTo(user, db);
        needs = q.Status switch
        {
            NeedStatus.Open => needs.Where(FinancingNeed.Open.At(now)),
            NeedStatus.Expired => needs.Where(FinancingNeed.Expired.At(now)),
            { } s => needs.Where(n => n.Status == s),
            null => needs,
        };
        var total = await needs.CountAsync(cancellationToken);
        var page = await needs.OrderByDescending(n => n.PostedAt).ThenBy(n => n.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new PagedList<NeedResponse>(page.Select(n => NeedResponse.From(n, now)).ToList(), q.Page, q.PageSize, total);
    }
}
