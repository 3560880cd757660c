using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Features.Calendar;

/// <summary>A year's arrangement as the bureau stored it (it replaces the shipped file of that year).</summary>
public sealed class StoredCalendarYear
{
    private StoredCalendarYear() { }

    public StoredCalendarYear(int year, string json, DateTimeOffset updatedAt, string updatedBy)
    {
        Year = year;
        Json = json;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
    }

    public int Year { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public void Replace(string json, DateTimeOffset at, string by)
    {
        Json = json;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}

/// <summary>Service time limits in working days (configurable: Applications:AcceptWorkingDays, Applications:DecideWorkingDays).</summary>
public sealed class ServiceTimeLimits
{
    public const string Section = "Applications";
    public int AcceptWorkingDays { get; set; } = 2;
    public int DecideWorkingDays { get; set; } = 5;
}

/// <summary>
/// The working-day calendar in force: shipped years, replaced by the bureau's stored ones, reloaded when the bureau
/// changes a year. A deadline computed in a year without an arrangement is logged once per year (weekends only).
/// </summary>
public sealed class CalendarProvider(IServiceScopeFactory scopes, ILogger<CalendarProvider> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<int> _warned = [];
    private volatile WorkingCalendar? _calendar;

    public async ValueTask<WorkingCalendar> CurrentAsync(CancellationToken ct)
    {
        if (_calendar is { } c) return c;
        await _lock.WaitAsync(ct);
        try
        {
            if (_calendar is not null) return _calendar;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var stored = (await db.CalendarYears.AsNoTracking().ToListAsync(ct)).Select(y => CalendarFile.Parse(y.Json)).ToList();
            var years = CalendarFile.Shipped().Where(s => stored.All(y => y.Year != s.Year)).Concat(stored);
            return _calendar = new WorkingCalendar(years);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _calendar = null;

    /// <summary>A deadline N working days after an instant, warning once for each year that has no arrangement.</summary>
    public async ValueTask<DateTimeOffset> DeadlineAsync(DateTimeOffset from, int workingDays, CancellationToken ct)
    {
        var calendar = await CurrentAsync(ct);
        var due = calendar.DeadlineAfter(from, workingDays);
        foreach (var year in calendar.MissingYears)
        {
            lock (_warned)
            {
                if (!_warned.Add(year)) continue;
            }
            logger.LogWarning("No working-day calendar for {Year}: deadlines in {Year} count weekends only until the bureau uploads one (PUT /api/calendar/{Year})",
                year, year, year);
        }
        return due;
    }
}

/// <summary>A year's arrangement: the stored one, else the shipped one, else weekends only (404).</summary>
[AllowAnonymousRequest]
public sealed record GetCalendarQuery(int Year) : IQuery<string>;

public sealed class GetCalendarHandler(IAppDbContext db) : IQueryHandler<GetCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetCalendarQuery query, CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == query.Year, cancellationToken);
        if (stored is not null) return stored.Json;
        var shipped = CalendarFile.Shipped().FirstOrDefault(y => y.Year == query.Year);
        return shipped is not null ? CalendarFile.Write(shipped) : throw new NotFoundException("Calendar", query.Year);
    }
}

[AuthorizeRoles(Roles.Bureau)]
public sealed record PutCalendarCommand(int Year, string Json) : ICommand<string>, ITargetsEntity
{
    public string AuditEntityId => $"calendar/{Year}";
}

public sealed class PutCalendarHandler(IAppDbContext db, ICurrentUser user, CalendarProvider calendars, CommitCallbacks callbacks, TimeProvider clock)
    : ICommandHandler<PutCalendarCommand, string>
{
    public async ValueTask<string> Handle(PutCalendarCommand command, CancellationToken cancellationToken)
    {
        CalendarYear year;
        try
        {
            year = CalendarFile.Parse(command.Json);
        }
        catch (DomainException ex)
        {
            throw new FieldValidationException("body", ex.Message);
        }
        if (year.Year != command.Year) throw new FieldValidationException("year", $"The body is the calendar of {year.Year}, not {command.Year}.");
        var json = CalendarFile.Write(year);
        var stored = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == command.Year, cancellationToken);
        if (stored is null) db.CalendarYears.Add(new StoredCalendarYear(command.Year, json, clock.GetUtcNow(), user.AuditName()));
        else stored.Replace(json, clock.GetUtcNow(), user.AuditName());
        await db.SaveChangesAsync(cancellationToken);
        callbacks.AfterCommit(calendars.Invalidate);
        return json;
    }
}
