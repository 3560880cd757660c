using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Billers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Billers;

/// <summary>
/// The billers (缴费单位) the caller sees (Tenancy): the bureau all, a bank its own and the county-wide ones, an agent its
/// partner bank's and the county-wide ones; active ones only unless <paramref name="IncludeRetired"/>; by category, then name.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent)]
public sealed record ListBillersQuery(BillerCategory? Category = null, bool IncludeRetired = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<BillerResponse>>, IPagedQuery;

public sealed class ListBillersValidator : AbstractValidator<ListBillersQuery>
{
    public ListBillersValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Category).IsInEnum().OverridePropertyName("category");
    }
}

public sealed class ListBillersHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListBillersQuery, PagedList<BillerResponse>>
{
    public async ValueTask<PagedList<BillerResponse>> Handle(ListBillersQuery q, CancellationToken ct)
    {
        var billers = db.Billers.AsNoTracking().VisibleTo(user, db);
        if (!q.IncludeRetired) billers = billers.Where(b => b.Active);
        if (q.Category is { } category) billers = billers.Where(b => b.Category == category);
        var total = await billers.CountAsync(ct);
        var page = await billers.OrderBy(b => b.Category).ThenBy(b => b.BankId != null).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        var names = await BillerBanks.NamesAsync(db, page, ct);
        return new PagedList<BillerResponse>(page.Select(b => BillerResponse.From(b, BillerBanks.NameOf(names, b))).ToList(), q.Page, q.PageSize, total);
    }
}
