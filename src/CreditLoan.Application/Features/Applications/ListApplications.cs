using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

/// <summary>Applications scoped by role and tenant; a bank's inbox comes sorted by the nearest deadline.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record ListApplicationsQuery(ApplicationStatus? Status = null, Guid? BankId = null, Guid? ProductId = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ApplicationResponse>>, IPagedQuery;

public sealed class ListApplicationsValidator : AbstractValidator<ListApplicationsQuery>
{
    public ListApplicationsValidator() => this.AddPagingRules();
}

public sealed class ListApplicationsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListApplicationsQuery, PagedList<ApplicationResponse>>
{
    public async ValueTask<PagedList<ApplicationResponse>> Handle(ListApplicationsQuery q, CancellationToken cancellationToken)
    {
        var apps = db.Applications.AsNoTracking().VisibleTo(user, db);
        if (q.Status is { } status) apps = apps.Where(a => a.Status == status);
        if (q.BankId is { } bankId) apps = apps.Where(a => a.BankId == bankId);
        if (q.ProductId is { } productId) apps = apps.Where(a => a.ProductId == productId);
        var total = await apps.CountAsync(cancellationToken);
        // a bank's inbox: what waits on the bank first, nearest deadline first; everyone else: newest first
        var ordered = user.IsInRole(Roles.Bank)
            ? apps.OrderBy(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending ? 0 : 1)
                .ThenBy(LoanApplication.CurrentDue).ThenByDescending(a => a.SubmittedAt).ThenBy(a => a.Id)
            : apps.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id);
        var page = await ordered.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).Include(a => a.History).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new PagedList<ApplicationResponse>(page.Select(a => ApplicationResponse.From(a, now)).ToList(), q.Page, q.PageSize, total);
    }
}
