using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Tests;

/// <summary>Working-day deadlines on the State Council's 2026 arrangement (Spring Festival, National Day, 调休).</summary>
public sealed class CalendarTests
{
    private static readonly WorkingCalendar Calendar = new(CalendarFile.Shipped());

    /// <summary>An instant given in China time.</summary>
    private static DateTimeOffset Cst(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, ChinaTime.Offset);

    /// <summary>The end (24:00 China time) of a business date.</summary>
    private static DateTimeOffset EndOf(int y, int m, int d) => new DateTimeOffset(y, m, d, 0, 0, 0, ChinaTime.Offset).AddDays(1);

    [Fact]
    public void The_2026_file_ships_with_the_build()
    {
        var year = Assert.Single(CalendarFile.Shipped());
        Assert.Equal(2026, year.Year);
        Assert.Contains(year.Holidays, h => h.Name == "春节" && h.From == new DateOnly(2026, 2, 15) && h.To == new DateOnly(2026, 2, 23));
        Assert.Equal(6, year.AdjustedWorkingDays.Count);
    }

    [Theory]
    [InlineData("2026-02-14", true)]   // Saturday worked before the Spring Festival (调休)
    [InlineData("2026-02-16", false)]  // Monday in the Spring Festival
    [InlineData("2026-02-23", false)]  // last day of the holiday, a Monday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]   // Saturday worked after it
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]   // Saturday worked after National Day
    [InlineData("2026-09-20", true)]   // Sunday worked before it
    [InlineData("2026-03-14", false)]  // an ordinary Saturday
    [InlineData("2026-03-16", true)]
    public void Working_days_follow_the_arrangement(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Accepting_within_two_working_days_across_the_Spring_Festival()
    {
        // submitted Friday 13 Feb: Saturday 14th is worked (1), the festival runs 15–23, Tuesday 24th is the 2nd working day
        Assert.Equal(EndOf(2026, 2, 24), Calendar.DeadlineAfter(Cst(2026, 2, 13), 2));
        // accepted Thursday 12 Feb: 13th (1), 14th (2), 24th (3), 25th (4), 26th (5)
        Assert.Equal(EndOf(2026, 2, 26), Calendar.DeadlineAfter(Cst(2026, 2, 12), 5));
    }

    [Fact]
    public void Deciding_within_five_working_days_across_National_Day()
    {
        Assert.Equal(EndOf(2026, 10, 9), Calendar.DeadlineAfter(Cst(2026, 9, 30), 2));   // 8th, 9th
        Assert.Equal(EndOf(2026, 10, 12), Calendar.DeadlineAfter(Cst(2026, 10, 9), 2));  // Saturday 10th is worked, then Monday 12th
        Assert.Equal(EndOf(2026, 9, 21), Calendar.DeadlineAfter(Cst(2026, 9, 19), 2));   // Sunday 20th is worked
        // accepted Monday 28 Sep: 29th, 30th, 8th, 9th, 10th
        Assert.Equal(EndOf(2026, 10, 10), Calendar.DeadlineAfter(Cst(2026, 9, 28), 5));
    }

    [Fact]
    public void Deadlines_count_from_the_business_date_in_China_time()
    {
        // 17:00 UTC on Monday 9 March is 01:00 on Tuesday 10 March in China: counting starts from Tuesday
        var instant = new DateTimeOffset(2026, 3, 9, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(EndOf(2026, 3, 12), Calendar.DeadlineAfter(instant, 2));
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 16, 0, 0, TimeSpan.Zero), Calendar.DeadlineAfter(instant, 2).ToUniversalTime());
    }

    [Fact]
    public void A_year_without_a_file_falls_back_to_weekends_and_says_so()
    {
        var calendar = new WorkingCalendar(CalendarFile.Shipped());
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 1))); // a Friday: no arrangement for 2027 yet
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 10, 2)));
        Assert.Contains(2027, calendar.MissingYears);
        Assert.DoesNotContain(2026, calendar.MissingYears);
    }

    [Fact]
    public void Inconsistent_or_malformed_files_are_refused_with_the_reason()
    {
        Assert.Contains("weekend", Assert.Throws<DomainException>(() => CalendarFile.Parse(
            """{"year":2027,"holidays":[],"adjustedWorkingDays":["2027-03-03"]}""")).Message);
        Assert.Contains("ends before", Assert.Throws<DomainException>(() => CalendarFile.Parse(
            """{"year":2027,"holidays":[{"name":"x","from":"2027-05-05","to":"2027-05-01"}],"adjustedWorkingDays":[]}""")).Message);
        Assert.Contains("not within", Assert.Throws<DomainException>(() => CalendarFile.Parse(
            """{"year":2027,"holidays":[{"name":"x","from":"2026-05-01","to":"2026-05-02"}]}""")).Message);
        Assert.Throws<DomainException>(() => CalendarFile.Parse("{not json"));
        Assert.Contains("date", Assert.Throws<DomainException>(() => CalendarFile.Parse(
            """{"year":2027,"holidays":[{"name":"x","from":"2027/05/01","to":"2027-05-02"}]}""")).Message);
        var roundTrip = CalendarFile.Parse(CalendarFile.Write(CalendarFile.Shipped()[0]));
        Assert.Equal(CalendarFile.Shipped()[0].Holidays, roundTrip.Holidays);
        Assert.Equal(CalendarFile.Shipped()[0].AdjustedWorkingDays, roundTrip.AdjustedWorkingDays);
    }
}
