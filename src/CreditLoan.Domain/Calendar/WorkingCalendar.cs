using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>One statutory holiday span, inclusive.</summary>
public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To);

/// <summary>
/// One year's arrangement (the layout of holidays-2026.json): statutory holidays and adjusted working days (调休),
/// weekend days that are worked.
/// </summary>
public sealed record CalendarYear(int Year, IReadOnlyList<HolidaySpan> Holidays, IReadOnlyList<DateOnly> AdjustedWorkingDays, string? Source = null)
{
    /// <summary>Why the arrangement is inconsistent, or null.</summary>
    public string? Problem()
    {
        foreach (var h in Holidays)
        {
            if (h.To < h.From) return $"holiday {h.Name} ends before it starts.";
            if (h.From.Year != Year || h.To.Year != Year) return $"holiday {h.Name} is not within {Year}.";
        }
        foreach (var d in AdjustedWorkingDays)
        {
            if (d.Year != Year) return $"adjusted working day {d:yyyy-MM-dd} is not within {Year}.";
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) return $"adjusted working day {d:yyyy-MM-dd} is not a weekend day.";
            if (Holidays.Any(h => h.From <= d && d <= h.To)) return $"adjusted working day {d:yyyy-MM-dd} falls inside a holiday.";
        }
        return null;
    }
}

/// <summary>
/// Working days in China Standard Time: Monday–Friday, minus statutory holidays, plus adjusted working days. A year
/// with no arrangement falls back to weekends only (<see cref="MissingYears"/> tells which were asked for).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, (HashSet<DateOnly> Holidays, HashSet<DateOnly> Worked)> _years = new();
    private readonly HashSet<int> _missing = [];

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        foreach (var y in years)
        {
            var holidays = new HashSet<DateOnly>();
            foreach (var h in y.Holidays)
                for (var d = h.From; d <= h.To; d = d.AddDays(1)) holidays.Add(d);
            _years[y.Year] = (holidays, [.. y.AdjustedWorkingDays]);
        }
    }

    /// <summary>Years that were consulted without an arrangement (weekends only was used).</summary>
    public IReadOnlyCollection<int> MissingYears
    {
        get { lock (_missing) return [.. _missing]; }
    }

    public bool HasYear(int year) => _years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var y))
        {
            if (y.Worked.Contains(day)) return true;
            if (y.Holidays.Contains(day)) return false;
        }
        else
        {
            lock (_missing) _missing.Add(day.Year);
        }
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The deadline N working days after an instant: the end (24:00 China time) of the N-th working day after the
    /// instant's business date; returned in UTC. Submitted on Tuesday, 2 working days → due at the end of Thursday.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset instant, int workingDays)
    {
        if (workingDays < 1) throw new DomainException("A time limit needs at least one working day.");
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
}
