using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Audit;

/// <summary>The audit log for the bureau (product.md §9): filtered by who, what, which entity, how it ended and which China days; newest first.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListAuditLogQuery(string? Actor = null, string? Action = null, string? EntityId = null, string? Outcome = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<AuditLogPage>, IPagedQuery, IAuditFilter;

/// <summary>A page of the audit log, with the China days it covers (the default range filled in).</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditEntryResponse> Items, int Page, int PageSize, int Total, DateOnly? From, DateOnly? To);

public sealed class ListAuditLogValidator : AbstractValidator<ListAuditLogQuery>
{
    public ListAuditLogValidator()
    {
        this.AddPagingRules();
        this.AddAuditFilterRules();
    }
}

public sealed class ListAuditLogHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListAuditLogQuery, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(ListAuditLogQuery q, CancellationToken cancellationToken)
    {
        var (range, rows) = AuditRange.Of(q, db.AuditLog.AsNoTracking(), clock);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new AuditLogPage(page.Select(AuditEntryResponse.From).ToList(), q.Page, q.PageSize, total, range.From, range.To);
    }
}
