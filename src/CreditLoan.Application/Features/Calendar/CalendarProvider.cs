using CreditLoan.Application.Common;
using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Features.Calendar;

/// <summary>
/// The working-day calendar in force (product.md §10): the bureau's uploaded years, else the shipped ones, else a
/// provisional year computed from the statutory holidays. Reloaded when this instance changes a year, and at most
/// <see cref="MaxAge"/> after another instance did. A deadline computed in a year without its official arrangement is
/// logged once per year.
/// </summary>
public sealed class CalendarProvider(IServiceScopeFactory scopes, ILogger<CalendarProvider> logger)
{
    /// <summary>How long this instance trusts what it loaded: an upload on another instance is seen within this time.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<int> _warned = [];
    private volatile Loaded? _loaded;

    private sealed record Loaded(WorkingCalendar Calendar, long At);

    public async ValueTask<WorkingCalendar> CurrentAsync(CancellationToken ct)
    {
        if (_loaded is { } l && Fresh(l)) return l.Calendar;
        await _lock.WaitAsync(ct);
        try
        {
            if (_loaded is { } again && Fresh(again)) return again.Calendar;
            await using var scope = scopes.CreateAsyncScope();
            var calendar = await LoadAsync(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), null, ct);
            _loaded = new Loaded(calendar, Environment.TickCount64);
            return calendar;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The calendar as stored in <paramref name="db"/>, with <paramref name="replacing"/> in place of its year when given.</summary>
    public async Task<WorkingCalendar> LoadAsync(IAppDbContext db, CalendarYear? replacing, CancellationToken ct)
    {
        var stored = new List<CalendarYear>();
        foreach (var row in await db.CalendarYears.AsNoTracking().ToListAsync(ct))
        {
            if (row.Year == replacing?.Year) continue;
            try
            {
                stored.Add(CalendarFile.Parse(row.Json));
            }
            catch (DomainException ex)
            {
                // a year stored under older, weaker checks: its deadlines use the provisional year until the bureau uploads it again
                logger.LogError("The stored working-day calendar of {Year} is not valid ({Reason}); the provisional arrangement is used until it is uploaded again",
                    row.Year, ex.Message);
            }
        }
        if (replacing is not null) stored.Add(replacing);
        return new WorkingCalendar(CalendarFile.Shipped().Where(s => stored.All(y => y.Year != s.Year)).Concat(stored));
    }

    private static bool Fresh(Loaded l) => Environment.TickCount64 - l.At < (long)MaxAge.TotalMilliseconds;

    public void Invalidate() => _loaded = null;

    /// <summary>A deadline N working days after an instant, warning once for each year that has no official arrangement.</summary>
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
            logger.LogWarning("No official working-day calendar for {Year}: deadlines in {Year} use the provisional one computed from the statutory " +
                              "holidays until the bureau uploads the State Council's arrangement (PUT /api/calendar/{Year})", year, year, year);
        }
        return due;
    }
}
