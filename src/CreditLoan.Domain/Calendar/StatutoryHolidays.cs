using System.Globalization;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>
/// The statutory holidays of 全国年节及纪念日放假办法 (as revised in 2024), from which a provisional arrangement is
/// computed for a year whose official one (国务院办公厅's notice) has not been given.
/// </summary>
public static class StatutoryHolidays
{
    public const string ProvisionalSource =
        "根据《全国年节及纪念日放假办法》（2024年修订）推算的临时安排，待国务院办公厅公布正式安排后替换";

    /// <summary>The first year that can be computed: the lunisolar calendar's range, within the solar terms' range.</summary>
    public static int FirstYear { get; } = Math.Max(SolarTerms.FirstYear, LunarYearOf(new ChineseLunisolarCalendar().MinSupportedDateTime));

    /// <summary>The last year that can be computed.</summary>
    public static int LastYear { get; } = Math.Min(SolarTerms.LastYear, LunarYearOf(new ChineseLunisolarCalendar().MaxSupportedDateTime));

    /// <summary>
    /// The provisional arrangement of a year: 元旦 1 January; 春节 除夕 to 初三 (4 days); 清明节 the China-time date of
    /// the 清明 solar term; 劳动节 1–2 May; 端午节 lunar 5/5; 中秋节 lunar 8/15; 国庆节 1–3 October. No adjusted working
    /// days, and no make-up days for holidays that fall on a weekend (调休 cannot be predicted). When 中秋节 falls
    /// within 国庆节 it is given the day after 国庆节, so the year keeps its 13 statutory days and no two overlap.
    /// </summary>
    /// <exception cref="DomainException">The year is outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</exception>
    public static CalendarYear Provisional(int year)
    {
        if (year < FirstYear || year > LastYear)
            throw new DomainException($"只能推算{FirstYear}年至{LastYear}年的法定节假日，{year}年不在此范围内。")
                { Code = "HolidayYearNotComputed", Values = [RefusalValue.Number(FirstYear), RefusalValue.Number(LastYear), RefusalValue.Number(year)] };
        var lunar = new ChineseLunisolarCalendar();
        var newYear = LunarDate(lunar, year, 1, 1);
        var qingming = ChinaTime.DateOf(SolarTerms.Instant(year, 15));
        var nationalDay = new HolidaySpan("国庆节", new DateOnly(year, 10, 1), new DateOnly(year, 10, 3));
        var midAutumn = LunarDate(lunar, year, 8, 15);
        if (midAutumn >= nationalDay.From && midAutumn <= nationalDay.To) midAutumn = nationalDay.To.AddDays(1);
        HolidaySpan[] holidays =
        [
            new("元旦", new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)),
            new("春节", newYear.AddDays(-1), newYear.AddDays(2)),
            new("清明节", qingming, qingming),
            new("劳动节", new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)),
            new("端午节", LunarDate(lunar, year, 5, 5), LunarDate(lunar, year, 5, 5)),
            new("中秋节", midAutumn, midAutumn),
            nationalDay,
        ];
        return new CalendarYear(year, [.. holidays.OrderBy(h => h.From)], [], ProvisionalSource, Official: false);
    }

    /// <summary>
    /// The Gregorian date of a day of a regular (not leap) lunar month. A leap month shifts the index of every month
    /// after it: GetLeapMonth returns the leap month's own index, e.g. 3 for the leap month after the 2nd.
    /// </summary>
    private static DateOnly LunarDate(ChineseLunisolarCalendar lunar, int year, int month, int day)
    {
        var leap = lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static int LunarYearOf(DateTime day) => new ChineseLunisolarCalendar().GetYear(day);
}
