using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

/// <summary>
/// Finds applications past their time limit and tells their bank once per stage through the outbox (督办); the enterprise
/// is told too that the platform is pressing the bank (a message in its centre).
/// </summary>
public static class OverdueSupervision
{
    public static async Task<int> NotifyAsync(IAppDbContext db, IWriteGate gate, DomainEventDispatcher events, TimeProvider clock, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var due = await db.Applications
            .Where(LoanApplication.OverdueUntold.At(now))
            .Take(500).ToListAsync(ct);
        foreach (var a in due)
        {
            var stage = a.Status == ApplicationStatus.Submitted ? "accept" : "decide";
            if (!a.MarkOverdueNotified(now)) continue;
            db.Notify("ApplicationOverdue", $"bank:{a.BankId}", new
            {
                applicationId = a.Id, stage, dueAt = a.CurrentDueAt,
                text = $"督办：贷款申请已超过{(stage == "accept" ? "受理" : "审批")}时限，请尽快处理",
            }, now, $"overdue:{a.Id}:{stage}");
            db.Notify("ApplicationSupervised", $"enterprise:{a.EnterpriseId}", new
            {
                applicationId = a.Id, stage, dueAt = a.CurrentDueAt,
                text = $"您的贷款申请已超过银行{(stage == "accept" ? "受理" : "审批")}时限，平台已督办银行尽快处理，请留意办理进度。",
            }, now, $"supervised:{a.Id}:{stage}");
        }
        if (due.Count > 0)
        {
            db.AuditLog.Add(new AuditEntry(now, "system", null, "SuperviseOverdue", null, "Succeeded", $"{due.Count} application(s) overdue, banks notified"));
            await events.DispatchAsync(ct);   // the overdue counts of the statistics, in the same transaction
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return due.Count;
    }
}
