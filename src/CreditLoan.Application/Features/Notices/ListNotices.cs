using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Notices;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Notices;

[AuthorizeRoles(Roles.Bureau)]
public sealed record ListNoticesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<NoticeResponse>>, IPagedQuery;

public sealed class ListNoticesValidator : AbstractValidator<ListNoticesQuery>
{
    public ListNoticesValidator() => this.AddPagingRules();
}

public sealed class ListNoticesHandler(IAppDbContext db, Places.DivisionCatalog divisions) : IQueryHandler<ListNoticesQuery, PagedList<NoticeResponse>>
{
    public async ValueTask<PagedList<NoticeResponse>> Handle(ListNoticesQuery q, CancellationToken ct)
    {
        var total = await db.Notices.CountAsync(ct);
        var page = await db.Notices.AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(ct);
        var items = new List<NoticeResponse>();
        foreach (var n in page) items.Add(await NoticeDelivery.WithCountsAsync(db, divisions, n, ct));
        return new PagedList<NoticeResponse>(items, q.Page, q.PageSize, total);
    }
}
