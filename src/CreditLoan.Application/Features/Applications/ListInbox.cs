using System.Linq.Expressions;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

public enum InboxSort { Deadline, Submitted, Amount, Enterprise }

/// <summary>
/// A bank's application inbox as its officers read it: who applied (enterprise name and credit code), for what (product,
/// the need's purpose), how much, and the current deadline. Searchable by enterprise, credit code, product or purpose;
/// sorted by deadline (what waits on the bank first, nearest deadline first: the API's order), submission, amount or
/// enterprise name.
/// </summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record ListInboxQuery(string? Search = null, ApplicationStatus? Status = null, InboxSort Sort = InboxSort.Deadline, bool Descending = false,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<InboxItemResponse>>, IPagedQuery;

public sealed record InboxItemResponse(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string CreditCode,
    Guid ProductId,
    string ProductName,
    string? Purpose,
    decimal Amount,
    int TermMonths,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CurrentDueAt,
    bool Overdue,
    decimal? ApprovedAmount,
    bool ProposedByCaller);

public sealed class ListInboxValidator : AbstractValidator<ListInboxQuery>
{
    public ListInboxValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Search).MaximumLength(100).OverridePropertyName("search");
        RuleFor(q => q.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(q => q.Sort).IsInEnum().OverridePropertyName("sort");
    }
}

public sealed class ListInboxHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListInboxQuery, PagedList<InboxItemResponse>>
{
    private static readonly Expression<Func<LoanApplication, int>> Waiting = a =>
        a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending ? 0 : 1;

    public async ValueTask<PagedList<InboxItemResponse>> Handle(ListInboxQuery q, CancellationToken cancellationToken)
    {
        var apps = db.Applications.AsNoTracking().VisibleTo(user, db);
        if (q.Status is { } status) apps = apps.Where(a => a.Status == status);
        if (q.Search?.Trim() is { Length: > 0 } s)
        {
            apps = apps.Where(a => db.Enterprises.Any(e => e.Id == a.EnterpriseId && (e.Name.Contains(s) || e.CreditCode.Contains(s)))
                                   || db.Products.Any(p => p.Id == a.ProductId && p.Name.Contains(s))
                                   || db.Needs.Any(n => n.Id == a.NeedId && n.Purpose.Contains(s)));
        }
        var total = await apps.CountAsync(cancellationToken);
        var ordered = Order(apps, q.Sort, q.Descending).ThenBy(a => a.Id);
        var page = await ordered.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);

        var ids = page.Select(a => a.Id).ToList();
        var names = await (from a in db.Applications.AsNoTracking()
                           where ids.Contains(a.Id)
                           join e in db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
                           join p in db.Products.AsNoTracking() on a.ProductId equals p.Id
                           select new { a.Id, e.Name, e.CreditCode, Product = p.Name, Purpose = db.Needs.Where(n => n.Id == a.NeedId).Select(n => n.Purpose).FirstOrDefault() })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var me = user.AuditName();
        var items = page.Select(a =>
        {
            var n = names[a.Id];
            return new InboxItemResponse(a.Id, a.EnterpriseId, n.Name, n.CreditCode, a.ProductId, n.Product, n.Purpose, a.RequestedAmount, a.RequestedTermMonths,
                a.Status, a.SubmittedAt, a.CurrentDueAt, a.IsOverdueAt(now), a.ApprovedAmount,
                a.Status == ApplicationStatus.ApprovalPending && a.ProposedBy == me);
        }).ToList();
        return new PagedList<InboxItemResponse>(items, q.Page, q.PageSize, total);
    }

    private IOrderedQueryable<LoanApplication> Order(IQueryable<LoanApplication> apps, InboxSort sort, bool descending) => (sort, descending) switch
    {
        (InboxSort.Submitted, false) => apps.OrderBy(a => a.SubmittedAt),
        (InboxSort.Submitted, true) => apps.OrderByDescending(a => a.SubmittedAt),
        // by the amount in whole fen, exact on both providers: EF Core 9's SQLite provider refuses to ORDER BY a decimal (stored as text)
        (InboxSort.Amount, false) => apps.OrderBy(a => (long)(a.RequestedAmount * 100m)),
        (InboxSort.Amount, true) => apps.OrderByDescending(a => (long)(a.RequestedAmount * 100m)),
        (InboxSort.Enterprise, false) => apps.OrderBy(a => db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).FirstOrDefault()),
        (InboxSort.Enterprise, true) => apps.OrderByDescending(a => db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).FirstOrDefault()),
        (_, false) => apps.OrderBy(Waiting).ThenBy(LoanApplication.CurrentDue).ThenByDescending(a => a.SubmittedAt),
        (_, true) => apps.OrderBy(Waiting).ThenByDescending(LoanApplication.CurrentDue).ThenByDescending(a => a.SubmittedAt),
    };
}
