using System.Linq.Expressions;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// The cases the caller may see (the bureau's queue and overdue list, a bank's or station's inbox, an enterprise's own), those
/// still to be dealt with first, the nearest due time first; <c>overdue=true</c> lists only the overdue ones.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record ListCasesQuery(CaseStatus? Status = null, bool? Overdue = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<CaseResponse>>, IPagedQuery;

public sealed class ListCasesValidator : AbstractValidator<ListCasesQuery>
{
    public ListCasesValidator()
    {
        RuleFor(q => q.Status!.Value).IsInEnum().OverridePropertyName("status").When(q => q.Status.HasValue);
        this.AddPagingRules();
    }
}

public sealed class ListCasesHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListCasesQuery, PagedList<CaseResponse>>
{
    public async ValueTask<PagedList<CaseResponse>> Handle(ListCasesQuery q, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cases = db.Cases.AsNoTracking().VisibleTo(user);
        if (q.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (q.Overdue is { } overdue)
        {
            var rule = ServiceCase.Overdue.At(now);
            cases = cases.Where(overdue ? rule : Expression.Lambda<Func<ServiceCase, bool>>(Expression.Not(rule.Body), rule.Parameters));
        }
        var total = await cases.CountAsync(ct);
        var page = await cases.OrderBy(c => c.Status == CaseStatus.Closed ? 1 : 0).ThenBy(c => c.Status == CaseStatus.Open ? 0 : 1)
            .ThenBy(c => c.DueAt).ThenByDescending(c => c.LodgedAt).ThenBy(c => c.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        var names = await AssigneeNames.LoadAsync(db, page, ct);
        return new PagedList<CaseResponse>(page.Select(c => CaseResponse.From(c, now, user, names(c), withHistory: false)).ToList(), q.Page, q.PageSize, total);
    }
}
