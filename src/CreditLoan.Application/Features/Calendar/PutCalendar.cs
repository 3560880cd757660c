using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Calendar;

/// <summary>
/// The bureau uploads a year's official arrangement (the State Council's notice). Each refusal names the field (400).
/// The deadlines of open applications are recomputed on the new calendar in the same transaction: each change is
/// recorded in the application's history, and its enterprise and bank are told.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record PutCalendarCommand(int Year, [property: MultiLine] string Json) : ICommand<string>, ITargetsEntity
{
    public string AuditEntityId => $"calendar/{Year}";
}

public sealed class PutCalendarHandler(IAppDbContext db, ICurrentUser user, CalendarProvider calendars, IOptions<ServiceTimeLimits> limits,
    CommitCallbacks callbacks, TimeProvider clock) : ICommandHandler<PutCalendarCommand, string>
{
    public async ValueTask<string> Handle(PutCalendarCommand command, CancellationToken cancellationToken)
    {
        CalendarYear year;
        try
        {
            year = CalendarFile.Parse(command.Json);
        }
        catch (FieldRuleException ex)
        {
            throw new FieldValidationException(ex.Field, ex.Message);
        }
        if (year.Year != command.Year) throw new FieldValidationException("year", $"上传的是{year.Year}年的安排，不是{command.Year}年的。");
        var now = clock.GetUtcNow();
        var json = CalendarFile.Write(year);
        var stored = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == command.Year, cancellationToken);
        if (stored is null) db.CalendarYears.Add(new StoredCalendarYear(command.Year, json, now, user.AuditName()));
        else stored.Replace(json, now, user.AuditName());

        var calendar = await calendars.LoadAsync(db, year, cancellationToken);
        await RescheduleOpenApplicationsAsync(calendar, year.Year, now, cancellationToken);
        callbacks.AfterCommit(calendars.Invalidate);
        return json;
    }

    private async Task RescheduleOpenApplicationsAsync(WorkingCalendar calendar, int year, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Applications.Include(a => a.History)
            .Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending)
            .ToListAsync(ct);
        var reason = $"{year}年放假安排已更新";
        var phones = new Dictionary<Guid, string>();
        foreach (var a in open)
        {
            var due = a.Status == ApplicationStatus.Submitted
                ? calendar.DeadlineAfter(a.SubmittedAt, limits.Value.AcceptWorkingDays)
                : calendar.DeadlineAfter(a.AcceptedAt!.Value, limits.Value.DecideWorkingDays);
            if (!a.RescheduleDeadline(due, now, user.AuditName(), reason)) continue;
            if (!phones.TryGetValue(a.EnterpriseId, out var phone))
                phones[a.EnterpriseId] = phone = await db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Phone).FirstAsync(ct);
            var text = $"{reason}，您的贷款申请办理时限调整为{ChinaTime.DateOf(due.AddSeconds(-1)):yyyy-MM-dd}日终";
            db.Notify("ApplicationDeadlineChanged", phone, new { applicationId = a.Id, status = a.Status.ToString(), dueAt = due, text }, now,
                enterpriseId: a.EnterpriseId);
            db.Notify("ApplicationDeadlineChanged", $"bank:{a.BankId}", new { applicationId = a.Id, status = a.Status.ToString(), dueAt = due,
                text = $"{reason}，贷款申请办理时限调整为{ChinaTime.DateOf(due.AddSeconds(-1)):yyyy-MM-dd}日终" }, now);
        }
    }
}
