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

internal static class NoticeDelivery
{
    public static async Task<NoticeResponse> WithCountsAsync(IAppDbContext db, Places.DivisionCatalog divisions, Notice notice, CancellationToken ct)
    {
        var prefix = notice.KeyPrefix;
        var counts = await db.Outbox.AsNoTracking().Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith(prefix))
            .GroupBy(_ => 1)
            .Select(g => new { Delivered = g.Count(m => m.SentAt != null), Failed = g.Count(m => m.FailedAt != null), All = g.Count() })
            .FirstOrDefaultAsync(ct);
        var delivered = counts?.Delivered ?? 0;
        var failed = counts?.Failed ?? 0;
        return new NoticeResponse(notice.Id, notice.Text, notice.Townships, notice.Industries, notice.Recipients, delivered, failed,
            (counts?.All ?? 0) - delivered - failed, notice.CreatedAt, notice.CreatedBy).Named(divisions);
    }
}
