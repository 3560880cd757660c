using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>A bank officer's own products, drafts and retired ones included.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record ListOwnProductsQuery(ProductStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<ProductResponse>>, IPagedQuery;

public sealed class ListOwnProductsValidator : AbstractValidator<ListOwnProductsQuery>
{
    public ListOwnProductsValidator() => this.AddPagingRules();
}

public sealed class ListOwnProductsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListOwnProductsQuery, PagedList<ProductResponse>>
{
    public async ValueTask<PagedList<ProductResponse>> Handle(ListOwnProductsQuery q, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().OwnedBy(user);
        if (q.Status is { } status) products = products.Where(p => p.Status == status);
        var total = await products.CountAsync(cancellationToken);
        var page = await products.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ProductResponse>(page.Select(p => p.ToResponse()).ToList(), q.Page, q.PageSize, total);
    }
}
