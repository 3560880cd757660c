using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>
/// From 1 November (China time), while next year has no official working-day arrangement, the bureau gets one notice a
/// year asking it to upload the State Council's arrangement (product.md §10); the dashboard shows the same reminder.
/// </summary>
public sealed class CalendarReminderService(IServiceScopeFactory scopes, TimeProvider clock, CalendarProvider calendars, Jobs.JobLeadership leadership,
    Jobs.JobRuns runs, ILogger<CalendarReminderService> logger) : Jobs.LeaderJob(leadership, runs, clock, logger)
{
    protected override string Name => "calendar-reminder";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    /// <returns>The year the bureau was reminded of, or null when no reminder was due or it had been sent.</returns>
    public async Task<int?> RemindAsync(CancellationToken ct)
    {
        var status = CalendarReminder.Status(await calendars.CurrentAsync(ct), ChinaTime.Today(Clock));
        if (!status.ReminderDue) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(ct);
        var key = $"calendar-reminder:{status.NextYear}";
        if (await db.Outbox.AnyAsync(m => m.DeduplicationKey == key, ct)) return null;
        var now = Clock.GetUtcNow();
        db.Notify("CalendarReminder", "bureau", new
        {
            year = status.NextYear,
            text = $"{status.NextYear}年的节假日安排尚未上传：在上传国务院办公厅公布的正式安排之前，{status.NextYear}年的办理时限按法定节假日推算的临时安排计算。",
        }, now, key);
        db.AuditLog.Add(new AuditEntry(now, "system", null, "RemindCalendar", $"calendar/{status.NextYear}", "Succeeded",
            $"no official arrangement for {status.NextYear}; the bureau was reminded"));
        await db.SaveChangesAsync(ct);
        return status.NextYear;
    }

    protected override async Task<string?> RunJobAsync(CancellationToken ct) =>
        await RemindAsync(ct) is { } year ? $"the bureau was reminded to upload the {year} working-day calendar" : null;
}
