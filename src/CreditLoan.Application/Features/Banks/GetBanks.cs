using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>The banks on the platform: names are public (the product supermarket shows them).</summary>
[AllowAnonymousRequest]
public sealed record GetBanksQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<BankResponse>>, IPagedQuery;

public sealed class GetBanksValidator : AbstractValidator<GetBanksQuery>
{
    public GetBanksValidator() => this.AddPagingRules();
}

public sealed class GetBanksHandler(IAppDbContext db) : IQueryHandler<GetBanksQuery, PagedList<BankResponse>>
{
    public async ValueTask<PagedList<BankResponse>> Handle(GetBanksQuery query, CancellationToken cancellationToken)
    {
        var banks = db.Banks.AsNoTracking();
        var total = await banks.CountAsync(cancellationToken);
        var items = await banks.OrderBy(b => b.Name).ThenBy(b => b.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(b => new BankResponse(b.Id, b.Name, b.CreditCode, b.Status, b.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PagedList<BankResponse>(items, query.Page, query.PageSize, total);
    }
}
