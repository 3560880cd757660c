using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Tests;

/// <summary>
/// Provisional arrangements computed from the statutory holidays (全国年节及纪念日放假办法, 2024 revision) for a year
/// whose official arrangement has not been given: lunar dates, the 清明 solar term, leap months, deadlines.
/// </summary>
public sealed class ProvisionalCalendarTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static HolidaySpan Holiday(CalendarYear year, string name) => Assert.Single(year.Holidays, h => h.Name == name);

    private static DateOnly Day(CalendarYear year, string name)
    {
        var h = Holiday(year, name);
        Assert.Equal(h.From, h.To);
        return h.From;
    }

    [Fact]
    public void The_provisional_2027()
    {
        var year = StatutoryHolidays.Provisional(2027);
        Assert.Equal(2027, year.Year);
        Assert.False(year.Official);
        Assert.Empty(year.AdjustedWorkingDays);
        Assert.Contains("临时安排", year.Source);
        Assert.Contains("全国年节及纪念日放假办法", year.Source);
        Assert.Equal(new[] { "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节" }, year.Holidays.Select(h => h.Name));
        Assert.Equal(new HolidaySpan("元旦", D("2027-01-01"), D("2027-01-01")), Holiday(year, "元旦"));
        Assert.Equal(new HolidaySpan("春节", D("2027-02-05"), D("2027-02-08")), Holiday(year, "春节"));
        Assert.Equal(D("2027-04-05"), Day(year, "清明节"));
        Assert.Equal(new HolidaySpan("劳动节", D("2027-05-01"), D("2027-05-02")), Holiday(year, "劳动节"));
        Assert.Equal(D("2027-06-09"), Day(year, "端午节"));
        Assert.Equal(D("2027-09-15"), Day(year, "中秋节"));
        Assert.Equal(new HolidaySpan("国庆节", D("2027-10-01"), D("2027-10-03")), Holiday(year, "国庆节"));
        Assert.Null(year.Problem());
    }

    [Fact]
    public void Thirteen_statutory_days_every_year_without_overlaps()
    {
        for (var y = StatutoryHolidays.FirstYear; y <= StatutoryHolidays.LastYear; y++)
        {
            var year = StatutoryHolidays.Provisional(y);
            Assert.Equal(13, year.Holidays.Sum(h => h.To.DayNumber - h.From.DayNumber + 1));
            Assert.Null(year.Problem());
        }
    }

    public static TheoryData<int, (string Name, string From, string To)[]> OfficialArrangements => new()
    {
        // 国办发明电〔2023〕7号
        { 2024, [("元旦", "2024-01-01", "2024-01-01"), ("春节", "2024-02-10", "2024-02-17"), ("清明节", "2024-04-04", "2024-04-06"),
                 ("劳动节", "2024-05-01", "2024-05-05"), ("端午节", "2024-06-10", "2024-06-10"), ("中秋节", "2024-09-15", "2024-09-17"),
                 ("国庆节", "2024-10-01", "2024-10-07")] },
        // 国务院办公厅关于2025年部分节假日安排的通知: 中秋节 falls within 国庆节
        { 2025, [("元旦", "2025-01-01", "2025-01-01"), ("春节", "2025-01-28", "2025-02-04"), ("清明节", "2025-04-04", "2025-04-06"),
                 ("劳动节", "2025-05-01", "2025-05-05"), ("端午节", "2025-05-31", "2025-06-02"), ("国庆节、中秋节", "2025-10-01", "2025-10-08")] },
    };

    [Theory]
    [MemberData(nameof(OfficialArrangements))]
    public void The_statutory_days_fall_within_the_official_holidays(int y, (string Name, string From, string To)[] official) =>
        AssertWithin(StatutoryHolidays.Provisional(y), official.Select(h => new HolidaySpan(h.Name, D(h.From), D(h.To))).ToList(),
            // the 2024 arrangement predates the revision (in force from 2025): 除夕 was not yet a statutory day
            y == 2024 ? [D("2024-02-09")] : []);

    [Fact]
    public void The_statutory_days_of_2026_fall_within_the_shipped_official_holidays()
    {
        var official = Assert.Single(CalendarFile.Shipped());
        Assert.Equal(2026, official.Year);
        AssertWithin(StatutoryHolidays.Provisional(2026), official.Holidays, []);
    }

    private static void AssertWithin(CalendarYear computed, IReadOnlyList<HolidaySpan> official, DateOnly[] exceptions)
    {
        foreach (var h in computed.Holidays)
            for (var d = h.From; d <= h.To; d = d.AddDays(1))
            {
                var day = d;
                if (exceptions.Contains(day))
                    Assert.DoesNotContain(official, o => o.From <= day && day <= o.To);
                else
                    Assert.Contains(official, o => o.Name.Contains(h.Name, StringComparison.Ordinal) && o.From <= day && day <= o.To);
            }
    }

    [Theory]
    [InlineData(2000, "2000-04-04")]
    [InlineData(2008, "2008-04-04")]
    [InlineData(2015, "2015-04-05")]
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2031, "2031-04-05")]
    [InlineData(2032, "2032-04-04")]
    [InlineData(2040, "2040-04-04")]
    // within half an hour of China midnight: 00:22, 00:11, 23:46, 23:34, 23:40, 00:10
    [InlineData(1910, "1910-04-06")]
    [InlineData(1943, "1943-04-06")]
    [InlineData(1976, "1976-04-04")]
    [InlineData(2009, "2009-04-04")]
    [InlineData(2042, "2042-04-04")]
    [InlineData(2071, "2071-04-05")]
    public void Qingming_is_the_China_date_of_the_solar_term(int year, string date) =>
        Assert.Equal(D(date), Day(StatutoryHolidays.Provisional(year), "清明节"));

    [Theory]
    [InlineData(2024, 4, 4, 15, 2)]  // 清明 2024-04-04 15:02 China time
    [InlineData(2025, 4, 4, 20, 49)] // 清明 2025-04-04 20:48:36
    [InlineData(2026, 4, 5, 2, 40)]  // 清明 2026-04-05 02:40
    public void The_solar_term_instant_is_within_a_minute(int y, int m, int d, int h, int min)
    {
        var expected = new DateTimeOffset(y, m, d, h, min, 0, ChinaTime.Offset);
        var actual = SolarTerms.Instant(y, 15);
        Assert.InRange((actual - expected).Duration(), TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(15.0, SolarTerms.ApparentLongitude(2451545.0 + (actual.UtcDateTime - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays + 69.0 / 86400), 2);
    }

    [Theory]
    [InlineData(2023, "端午节", "2023-06-22")] // leap 2nd month
    [InlineData(2023, "中秋节", "2023-09-29")]
    [InlineData(2023, "春节", "2023-01-21")]
    [InlineData(2025, "端午节", "2025-05-31")] // leap 6th month, after the 5th
    [InlineData(2025, "中秋节", "2025-10-06")]
    [InlineData(2028, "端午节", "2028-05-28")] // leap 5th month: 端午 is in the regular 5th
    [InlineData(2028, "春节", "2028-01-25")]
    [InlineData(2020, "端午节", "2020-06-25")] // leap 4th month
    [InlineData(2033, "中秋节", "2033-09-08")] // leap 11th month
    [InlineData(2033, "春节", "2033-01-30")]
    public void Lunar_dates_skip_leap_months(int year, string name, string from) =>
        Assert.Equal(D(from), Holiday(StatutoryHolidays.Provisional(year), name).From);

    [Theory]
    [InlineData(2028, "2028-10-03")]
    [InlineData(2020, "2020-10-01")]
    public void A_Mid_Autumn_Festival_within_National_Day_gets_the_day_after_it(int year, string midAutumn)
    {
        var computed = StatutoryHolidays.Provisional(year);
        Assert.NotEqual(D(midAutumn), Day(computed, "中秋节"));
        Assert.Equal(new DateOnly(year, 10, 4), Day(computed, "中秋节"));
        Assert.Null(computed.Problem());
    }

    [Fact]
    public void A_deadline_in_2027_skips_the_provisional_Spring_Festival()
    {
        var calendar = new WorkingCalendar(CalendarFile.Shipped());
        // Thursday 4 Feb: Friday 5th 除夕, 6–7 weekend, Monday 8th 初三, Tuesday 9th (1), Wednesday 10th (2)
        var submitted = new DateTimeOffset(2027, 2, 4, 10, 0, 0, ChinaTime.Offset);
        Assert.Equal(new DateTimeOffset(2027, 2, 11, 0, 0, 0, ChinaTime.Offset), calendar.DeadlineAfter(submitted, 2));
        Assert.Contains(2027, calendar.MissingYears);
        Assert.False(calendar.IsOfficial(2027));
    }

    [Fact]
    public void An_uploaded_year_replaces_the_provisional_one()
    {
        var official = CalendarFile.Parse("""
            {"year":2027,"holidays":[{"name":"春节","from":"2027-02-05","to":"2027-02-12"}],"adjustedWorkingDays":["2027-02-20"]}
            """);
        var calendar = new WorkingCalendar([official]);
        Assert.True(calendar.IsOfficial(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 1))); // the upload has no 国庆节
        Assert.DoesNotContain(2027, calendar.MissingYears);
    }

    [Fact]
    public void The_provisional_years_are_computed_once_and_shared_between_threads()
    {
        var calendar = new WorkingCalendar([]);
        var results = new bool[64];
        Parallel.For(0, results.Length, i => results[i] = calendar.IsWorkingDay(new DateOnly(2030 + i % 8, 10, 1 + i % 3)));
        Assert.All(results, Assert.False);
        Assert.Same(calendar.ArrangementOf(2030), calendar.ArrangementOf(2030));
        Assert.Equal(Enumerable.Range(2030, 8), calendar.MissingYears);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2101)]
    public void Years_outside_the_lunisolar_calendar_are_refused(int year) =>
        Assert.Throws<DomainException>(() => StatutoryHolidays.Provisional(year));

    [Fact]
    public void The_range_covers_1901_to_2100()
    {
        Assert.Equal(1901, StatutoryHolidays.FirstYear);
        Assert.Equal(2100, StatutoryHolidays.LastYear);
        Assert.Equal(new DateOnly(1901, 2, 18), Holiday(StatutoryHolidays.Provisional(1901), "春节").From);
        Assert.NotNull(StatutoryHolidays.Provisional(2100));
    }
}
