using CreditLoan.Application.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>Marks open needs past their 90 days as Expired (queries already treat them so in the meantime).</summary>
public sealed class NeedExpiryService(IServiceScopeFactory scopes, TimeProvider clock, Jobs.JobLeadership leadership, Jobs.JobRuns runs,
    ILogger<NeedExpiryService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override string Name => "need-expiry";

    protected override TimeSpan Interval => Every;

    /// <returns>How many needs expired.</returns>
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        var now = Clock.GetUtcNow();
        var expired = 0;
        while (true)
        {
            using var _ = await gate.EnterAsync(ct);
            var due = await db.Needs.Where(FinancingNeed.Expired.At(now)).Where(n => n.Status == NeedStatus.Open).OrderBy(n => n.ExpiresAt).Take(500).ToListAsync(ct);
            if (due.Count == 0) return expired;
            foreach (var need in due) need.Expire(now);
            db.AuditLog.Add(new Domain.Common.AuditEntry(now, "system", null, "ExpireNeeds", null, "Succeeded", $"{due.Count} need(s) expired"));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            scope.ServiceProvider.GetRequiredService<Application.Features.Needs.NeedFacts>().Invalidate();
            expired += due.Count;
        }
    }

    protected override async Task<string?> RunJobAsync(CancellationToken ct)
    {
        var n = await ExpireDueAsync(ct);
        return n > 0 ? $"{n} financing need(s) expired after 90 days" : null;
    }
}
