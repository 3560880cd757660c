using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Audit;

/// <summary>The audit rows of a filter for a download, newest first: at most <see cref="MaxRows"/>, with how many there are in all.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ExportAuditLogQuery(string? Actor = null, string? Action = null, string? EntityId = null, string? Outcome = null,
    DateOnly? From = null, DateOnly? To = null) : IQuery<AuditLogPage>, IAuditFilter
{
    public const int MaxRows = 10_000;
}

public sealed class ExportAuditLogValidator : AbstractValidator<ExportAuditLogQuery>
{
    public ExportAuditLogValidator() => this.AddAuditFilterRules();
}

public sealed class ExportAuditLogHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ExportAuditLogQuery, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(ExportAuditLogQuery q, CancellationToken cancellationToken)
    {
        var (range, rows) = AuditRange.Of(q, db.AuditLog.AsNoTracking(), clock);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.Take(ExportAuditLogQuery.MaxRows).ToListAsync(cancellationToken);
        return new AuditLogPage(items.Select(AuditEntryResponse.From).ToList(), 1, ExportAuditLogQuery.MaxRows, total, range.From, range.To);
    }
}
