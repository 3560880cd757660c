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
    public void A_year_without_a_file_uses_the_provisional_statutory_holidays_and_says_so()
    {
        var calendar = new WorkingCalendar(CalendarFile.Shipped());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 10, 1))); // a Friday, 国庆节 of the provisional 2027
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 10, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 4)));  // no make-up day can be predicted
        Assert.Contains(2027, calendar.MissingYears);
        Assert.DoesNotContain(2026, calendar.MissingYears);
        Assert.True(calendar.HasYear(2026));
        Assert.True(calendar.IsOfficial(2026));
        Assert.False(calendar.HasYear(2027));
        Assert.False(calendar.IsOfficial(2027));
        Assert.False(calendar.ArrangementOf(2027)!.Official);
    }

    [Fact]
    public void An_explicit_provisional_year_is_not_official()
    {
        var calendar = new WorkingCalendar([StatutoryHolidays.Provisional(2027)]);
        Assert.True(calendar.HasYear(2027));
        Assert.False(calendar.IsOfficial(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 5)));
        Assert.Contains(2027, calendar.MissingYears);
    }

    [Fact]
    public void Years_the_statutory_holidays_cannot_be_computed_for_fall_back_to_weekends()
    {
        var calendar = new WorkingCalendar([]);
        Assert.Null(calendar.ArrangementOf(2101));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2101, 1, 3)));  // a Monday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2101, 1, 1))); // a Saturday
        Assert.Contains(2101, calendar.MissingYears);
    }

    [Fact]
    public void The_2026_file_round_trips_and_says_it_is_official()
    {
        var shipped = CalendarFile.Shipped()[0];
        var json = CalendarFile.Write(shipped);
        Assert.Contains("\"official\": true", json);
        var roundTrip = CalendarFile.Parse(json);
        Assert.Equal(shipped.Holidays, roundTrip.Holidays);
        Assert.Equal(shipped.AdjustedWorkingDays, roundTrip.AdjustedWorkingDays);
        Assert.Equal(shipped.Source, roundTrip.Source);
        Assert.True(roundTrip.Official);
        Assert.Null(shipped.Problem());
    }

    [Fact]
    public void An_upload_is_official_whatever_it_says()
    {
        var provisional = CalendarFile.Write(StatutoryHolidays.Provisional(2027));
        Assert.Contains("\"official\": false", provisional);
        Assert.True(CalendarFile.Parse(provisional).Official);
        Assert.True(CalendarFile.Parse("""{"year":2027,"official":false,"holidays":[]}""").Official);
    }

    [Fact]
    public void An_empty_holiday_list_is_accepted_and_property_names_are_case_insensitive()
    {
        var year = CalendarFile.Parse("""{"Year":2027,"Holidays":[{"Name":" 元旦 ","From":"2027-01-01","To":"2027-01-03"}],"AdjustedWorkingDays":null}""");
        Assert.Equal(new HolidaySpan("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), Assert.Single(year.Holidays));
        Assert.Empty(year.AdjustedWorkingDays);
        Assert.Empty(CalendarFile.Parse("""{"year":2027,"holidays":[]}""").Holidays);
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("", "body")]
    [InlineData("[]", "body")]
    [InlineData("""{"holidays":[]}""", "year")]
    [InlineData("""{"year":1999,"holidays":[]}""", "year")]
    [InlineData("""{"year":2101,"holidays":[]}""", "year")]
    [InlineData("""{"year":"2027","holidays":[]}""", "year")]
    [InlineData("""{"year":2027.5,"holidays":[]}""", "year")]
    [InlineData("""{"year":2027}""", "holidays")]
    [InlineData("""{"year":2027,"holidays":null}""", "holidays")]
    [InlineData("""{"year":2027,"holidays":{}}""", "holidays")]
    [InlineData("""{"year":2027,"holidays":["元旦"]}""", "holidays[0]")]
    [InlineData("""{"year":2027,"timeZone":"UTC","holidays":[]}""", "timeZone")]
    [InlineData("""{"year":2027,"source":7,"holidays":[]}""", "source")]
    [InlineData("""{"year":2027,"holidays":[],"adjustedWorkingDays":"2027-01-02"}""", "adjustedWorkingDays")]
    public void Malformed_files_are_refused_naming_the_field(string json, string field) =>
        Assert.Equal(field, Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(json)).Field);

    [Theory]
    [InlineData("""{"name":"","from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称不能为空。")]
    [InlineData("""{"name":"  ","from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称不能为空。")]
    [InlineData("""{"from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称不能为空。")]
    [InlineData("""{"name":5,"from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称必须是文本。")]
    [InlineData("""{"name":"劳动节\u0007","from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称不能包含控制字符。")]
    [InlineData("""{"name":"劳动\n节","from":"2027-05-01","to":"2027-05-02"}""", "holidays[1].name", "节假日名称不能包含控制字符。")]
    [InlineData("""{"name":"劳动节","from":"2027/05/01","to":"2027-05-02"}""", "holidays[1].from", "“2027/05/01”不是yyyy-MM-dd格式的日期。")]
    [InlineData("""{"name":"劳动节","to":"2027-05-02"}""", "holidays[1].from", "必须给出日期（yyyy-MM-dd）。")]
    [InlineData("""{"name":"劳动节","from":"2027-05-01","to":"2027-02-30"}""", "holidays[1].to", "“2027-02-30”不是yyyy-MM-dd格式的日期。")]
    [InlineData("""{"name":"劳动节","from":"2027-05-01","to":20270502}""", "holidays[1].to", "“20270502”不是yyyy-MM-dd格式的日期。")]
    [InlineData("""{"name":"劳动节","from":"2027-05-05","to":"2027-05-01"}""", "holidays[1].to", "节假日“劳动节”的结束日期2027-05-01早于开始日期2027-05-05。")]
    [InlineData("""{"name":"劳动节","from":"2026-05-01","to":"2026-05-02"}""", "holidays[1].from", "节假日“劳动节”的开始日期2026-05-01不在2027年内。")]
    [InlineData("""{"name":"元旦","from":"2027-12-31","to":"2028-01-02"}""", "holidays[1].to", "节假日“元旦”的结束日期2028-01-02不在2027年内。")]
    [InlineData("""{"name":"长假","from":"2027-07-01","to":"2027-08-01"}""", "holidays[1].to", "节假日“长假”不能超过31天。")]
    public void Each_holiday_rule_names_its_field(string holiday, string field, string message)
    {
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(
            $$"""{"year":2027,"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-01"},{{holiday}}]}"""));
        Assert.Equal(field, ex.Field);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Holiday_names_are_at_most_50_characters()
    {
        string Year(string name) => $$"""{"year":2027,"holidays":[{"name":"{{name}}","from":"2027-05-01","to":"2027-05-02"}]}""";
        Assert.Equal(new string('节', 50), Assert.Single(CalendarFile.Parse(Year(new string('节', 50))).Holidays).Name);
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(Year(new string('节', 51))));
        Assert.Equal("holidays[0].name", ex.Field);
        Assert.Equal("节假日名称不能超过50个字符。", ex.Message);
    }

    [Fact]
    public void A_holiday_may_last_31_days()
    {
        var year = CalendarFile.Parse("""{"year":2027,"holidays":[{"name":"长假","from":"2027-07-01","to":"2027-07-31"}]}""");
        Assert.Equal(new DateOnly(2027, 7, 31), Assert.Single(year.Holidays).To);
    }

    [Theory]
    [InlineData("""[{"name":"中秋节","from":"2027-09-30","to":"2027-10-02"},{"name":"国庆节","from":"2027-10-01","to":"2027-10-07"}]""", "holidays[1].from")]
    [InlineData("""[{"name":"国庆节","from":"2027-10-01","to":"2027-10-07"},{"name":"中秋节","from":"2027-09-30","to":"2027-10-02"}]""", "holidays[0].from")]
    public void Overlapping_holidays_are_refused_naming_the_later_one(string holidays, string field)
    {
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse($$"""{"year":2027,"holidays":{{holidays}}}"""));
        Assert.Equal(field, ex.Field);
        Assert.Equal("节假日“国庆节”与“中秋节”的日期重叠。", ex.Message);
    }

    [Fact]
    public void A_holiday_inside_a_longer_one_overlaps_it()
    {
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse("""
            {"year":2027,"holidays":[
              {"name":"国庆节","from":"2027-10-01","to":"2027-10-08"},
              {"name":"重阳节","from":"2027-10-03","to":"2027-10-03"},
              {"name":"中秋节","from":"2027-10-06","to":"2027-10-06"}]}
            """));
        Assert.Equal("holidays[1].from", ex.Field);
        Assert.Equal("节假日“重阳节”与“国庆节”的日期重叠。", ex.Message);
    }

    [Theory]
    [InlineData("""["2027-03-06","2027-03-06"]""", "adjustedWorkingDays[1]", "调休上班日2027-03-06重复。")]
    [InlineData("""["2026-03-07"]""", "adjustedWorkingDays[0]", "调休上班日2026-03-07不在2027年内。")]
    [InlineData("""["2027-03-06","2027-03-03"]""", "adjustedWorkingDays[1]", "调休上班日2027-03-03不是周六或周日。")]
    [InlineData("""["2027-10-02"]""", "adjustedWorkingDays[0]", "调休上班日2027-10-02在节假日“国庆节”期间。")]
    [InlineData("""["2027-03-06","3月13日"]""", "adjustedWorkingDays[1]", "“3月13日”不是yyyy-MM-dd格式的日期。")]
    [InlineData("""[null]""", "adjustedWorkingDays[0]", "“”不是yyyy-MM-dd格式的日期。")]
    public void Each_adjusted_working_day_rule_names_its_field(string days, string field, string message)
    {
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(
            $$"""{"year":2027,"holidays":[{"name":"国庆节","from":"2027-10-01","to":"2027-10-07"}],"adjustedWorkingDays":{{days}}}"""));
        Assert.Equal(field, ex.Field);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void At_most_50_holidays_and_50_adjusted_working_days()
    {
        var fifty = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{"name":"假{{i}}","from":"{{new DateOnly(2027, 1, 1).AddDays(i):yyyy-MM-dd}}","to":"{{new DateOnly(2027, 1, 1).AddDays(i):yyyy-MM-dd}}"}"""));
        Assert.Equal(50, CalendarFile.Parse($$"""{"year":2027,"holidays":[{{fifty}}]}""").Holidays.Count);
        Assert.Equal("holidays", Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(
            $$"""{"year":2027,"holidays":[{{fifty}},{"name":"x","from":"2027-12-01","to":"2027-12-01"}]}""")).Field);

        var saturdays = Enumerable.Range(0, 51).Select(i => $"\"{new DateOnly(2027, 1, 2).AddDays(7 * i):yyyy-MM-dd}\"").ToList();
        Assert.Equal(50, CalendarFile.Parse($$"""{"year":2027,"holidays":[],"adjustedWorkingDays":[{{string.Join(",", saturdays.Take(50))}}]}""").AdjustedWorkingDays.Count);
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse(
            $$"""{"year":2027,"holidays":[],"adjustedWorkingDays":[{{string.Join(",", saturdays)}}]}"""));
        Assert.Equal("adjustedWorkingDays", ex.Field);
    }

    [Fact]
    public void Five_hundred_overlapping_whole_year_holidays_with_long_names_are_refused()
    {
        var name = new string('假', 1000);
        var holidays = string.Join(",", Enumerable.Range(0, 500).Select(_ => $$"""{"name":"{{name}}","from":"2027-01-01","to":"2027-12-31"}"""));
        var ex = Assert.Throws<FieldRuleException>(() => CalendarFile.Parse($$"""{"year":2027,"holidays":[{{holidays}}],"adjustedWorkingDays":[]}"""));
        Assert.Equal("holidays", ex.Field);
        Assert.Equal("节假日不能超过50项（收到500项）。", ex.Message);
    }

    [Fact]
    public void Problem_reports_the_same_rules_as_the_upload()
    {
        var year = new CalendarYear(2027,
            [new("国庆节", new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 7)), new("中秋节", new DateOnly(2027, 10, 3), new DateOnly(2027, 10, 3))], []);
        Assert.Equal("节假日“中秋节”与“国庆节”的日期重叠。", year.Problem());
        Assert.Equal("holidays[1].from", Assert.Throws<FieldRuleException>(year.Validate).Field);
        Assert.Null(StatutoryHolidays.Provisional(2027).Problem());
    }
}
