using CreditLoan.Application.Common;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// Finds cases past their due time and unanswered, and tells their assignee once (督办), like an overdue application; the
/// enterprise concerned hears that the platform is pressing. Run by the overdue-supervision job.
/// </summary>
public static class CaseSupervision
{
    public static async Task<int> NotifyAsync(IAppDbContext db, IWriteGate gate, TimeProvider clock, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var due = await db.Cases.Include(c => c.History).Where(ServiceCase.OverdueUntold.At(now)).OrderBy(c => c.DueAt).Take(500).ToListAsync(ct);
        var told = 0;
        foreach (var c in due)
        {
            if (!c.MarkOverdueNotified(now) || CaseNotifications.AssigneeOf(c) is not { } assignee) continue;
            told++;
            db.Notify("CaseOverdue", assignee, new
            {
                caseId = c.Id, caseNo = c.CaseNo, dueAt = c.DueAt,
                text = $"督办：办不成事诉求{c.CaseNo}已超过办理时限（{CaseNotifications.Due(c)}），请立即答复",
            }, now, $"case-overdue:{c.Id}");
            if (c.EnterpriseId is { } enterprise)
                db.Notify("CaseSupervised", $"enterprise:{enterprise}", new
                {
                    caseId = c.Id, caseNo = c.CaseNo, dueAt = c.DueAt,
                    text = $"您反映的问题（{c.CaseNo}）承办方已超过办理时限，平台已督办，请留意办理进度。",
                }, now, $"case-supervised:{c.Id}");
        }
        if (told > 0)
        {
            db.AuditLog.Add(new AuditEntry(now, "system", null, "SuperviseOverdueCases", null, "Succeeded", $"{told} case(s) overdue, assignees notified"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return told;
    }
}
