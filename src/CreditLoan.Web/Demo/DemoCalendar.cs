using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;

namespace CreditLoan.Web.Demo;

/// <summary>
/// The days of the sample county's year on the shipped working-day calendar (the one the platform's time limits use):
/// day 0 is the platform's first working day a year ago, <see cref="LastDay"/> the day before today (China time).
/// </summary>
public sealed class DemoCalendar
{
    private readonly WorkingCalendar _calendar = new(CalendarFile.Shipped());
    private readonly Random _random;

    public DemoCalendar(DateTimeOffset now, Random random)
    {
        _random = random;
        Now = now;
        LastDay = ChinaTime.DateOf(now).AddDays(-1);
        var first = ChinaTime.DateOf(now).AddYears(-1).AddDays(1);
        while (!IsWorking(first)) first = first.AddDays(1);
        Start = first;
    }

    public DateTimeOffset Now { get; }
    public DateOnly Start { get; }
    public DateOnly LastDay { get; }
    public int Days => LastDay.DayNumber - Start.DayNumber + 1;

    public DateOnly Day(int n) => Start.AddDays(n);

    public int IndexOf(DateOnly day) => day.DayNumber - Start.DayNumber;

    public bool IsWorking(DateOnly day) => _calendar.IsWorkingDay(day);

    /// <summary>The <paramref name="k"/>-th working day after <paramref name="day"/> (k = 0: the day itself when it is one, else the next).</summary>
    public DateOnly Working(DateOnly day, int k = 0)
    {
        if (k == 0)
        {
            while (!IsWorking(day)) day = day.AddDays(1);
            return day;
        }
        for (var counted = 0; counted < k;)
        {
            day = day.AddDays(1);
            if (IsWorking(day)) counted++;
        }
        return day;
    }

    /// <summary>The working day <paramref name="k"/> working days before <paramref name="day"/> (k = 0: the last one on or before it).</summary>
    public DateOnly WorkingBefore(DateOnly day, int k = 0)
    {
        while (!IsWorking(day)) day = day.AddDays(-1);
        for (var counted = 0; counted < k;)
        {
            day = day.AddDays(-1);
            if (IsWorking(day)) counted++;
        }
        return day;
    }

    /// <summary>A China wall-clock time of a day, as the UTC instant it is.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => ChinaTime.StartOf(day).AddHours(hour).AddMinutes(minute);

    /// <summary>A moment of office hours (08:30–17:00) on a day.</summary>
    public DateTimeOffset Office(DateOnly day) => At(day, 8, 30).AddMinutes(_random.Next(510));

    /// <summary>
    /// Office hours after <paramref name="after"/>: later the same working day when there is time left (k = 0), else on the
    /// k-th working day after it (at least the next).
    /// </summary>
    public DateTimeOffset OfficeAfter(DateTimeOffset after, int k)
    {
        var day = ChinaTime.DateOf(after);
        var close = At(day, 17, 30);
        if (k == 0 && IsWorking(day) && after >= At(day, 8, 0) && after < close.AddMinutes(-60))
            return after.AddMinutes(10 + _random.Next((int)(close - after).TotalMinutes - 20));
        if (k == 0 && IsWorking(day) && after < At(day, 8, 0)) return Office(day);
        return Office(Working(day, Math.Max(1, k)));
    }

    /// <summary>A time an enterprise might use the platform (07:30–22:00, any day).</summary>
    public DateTimeOffset Anytime(DateOnly day) => At(day, 7, 30).AddMinutes(_random.Next(870));

    /// <summary>Weight of a day for new applications: spring sowing and the autumn harvest busy, Spring Festival quiet, weekends light.</summary>
    public double Season(DateOnly day)
    {
        double month = day.Month switch { 1 => 0.6, 2 => 0.7, 3 => 1.5, 4 => 1.6, 5 => 1.2, 6 => 1.0, 7 => 0.9, 8 => 1.0, 9 => 1.3, 10 => 1.2, 11 => 1.0, _ => 0.9 };
        return IsWorking(day) ? month : month * 0.25;
    }

    /// <summary>A day in [<paramref name="from"/>, <paramref name="to"/>] drawn by <see cref="Season"/>.</summary>
    public DateOnly SeasonalDay(int from, int to)
    {
        if (to < from) to = from;
        var total = 0.0;
        for (var i = from; i <= to; i++) total += Season(Day(i));
        var roll = _random.NextDouble() * total;
        for (var i = from; i <= to; i++)
            if ((roll -= Season(Day(i))) <= 0) return Day(i);
        return Day(to);
    }
}
