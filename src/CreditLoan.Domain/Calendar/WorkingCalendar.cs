using System.Collections.Concurrent;
using System.Collections.Frozen;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>
/// Working days in China Standard Time: Monday–Friday, minus statutory holidays, plus adjusted working days. A year
/// without a given arrangement uses the provisional one computed from the statutory holidays
/// (<see cref="StatutoryHolidays.Provisional"/>; weekends only outside its range), and <see cref="MissingYears"/>
/// tells which were consulted. Safe to share between concurrent requests.
/// </summary>
public sealed class WorkingCalendar
{
    private sealed record YearDays(CalendarYear Arrangement, FrozenSet<DateOnly> Holidays, FrozenSet<DateOnly> Worked)
    {
        public static YearDays Of(CalendarYear year) => new(year,
            year.Holidays.SelectMany(h => Enumerable.Range(0, Math.Max(0, h.To.DayNumber - h.From.DayNumber + 1)).Select(h.From.AddDays)).ToFrozenSet(),
            year.AdjustedWorkingDays.ToFrozenSet());
    }

    private readonly Dictionary<int, YearDays> _given = [];
    private readonly ConcurrentDictionary<int, YearDays?> _provisional = new();
    private readonly ConcurrentDictionary<int, byte> _missing = new();

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        foreach (var y in years) _given[y.Year] = YearDays.Of(y);
    }

    /// <summary>Years consulted that had no official arrangement (a provisional one, or weekends only, was used).</summary>
    public IReadOnlyCollection<int> MissingYears => [.. _missing.Keys.Order()];

    /// <summary>Whether an arrangement was given for the year (rather than computed).</summary>
    public bool HasYear(int year) => _given.ContainsKey(year);

    /// <summary>Whether the year's arrangement is the official one.</summary>
    public bool IsOfficial(int year) => _given.TryGetValue(year, out var y) && y.Arrangement.Official;

    /// <summary>The arrangement in force for a year: the given one, else the provisional one; null outside the range that can be computed.</summary>
    public CalendarYear? ArrangementOf(int year) => DaysOf(year)?.Arrangement;

    public bool IsWorkingDay(DateOnly day)
    {
        if (!IsOfficial(day.Year)) _missing.TryAdd(day.Year, 0);
        if (DaysOf(day.Year) is { } y)
        {
            if (y.Worked.Contains(day)) return true;
            if (y.Holidays.Contains(day)) return false;
        }
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The deadline N working days after an instant: the end (24:00 China time) of the N-th working day after the
    /// instant's business date; returned in UTC. Submitted on Tuesday, 2 working days → due at the end of Thursday.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset instant, int workingDays)
    {
        if (workingDays < 1) throw new DomainException("A time limit needs at least one working day.") { Code = "TimeLimitTooShort" };
        var day = ChinaTime.DateOf(instant);
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        var endOfDay = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(endOfDay, ChinaTime.Offset).ToUniversalTime();
    }

    private YearDays? DaysOf(int year) =>
        _given.TryGetValue(year, out var given)
            ? given
            : _provisional.GetOrAdd(year, static y => y >= StatutoryHolidays.FirstYear && y <= StatutoryHolidays.LastYear
                ? YearDays.Of(StatutoryHolidays.Provisional(y))
                : null);
}
