using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>A broken rule of an arrangement: the JSON path of the field, the message, and the refusal's code and values.</summary>
public sealed record CalendarViolation(string Field, string Message, string Code, params string[] Values);

/// <summary>One statutory holiday span, inclusive.</summary>
public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To);

/// <summary>
/// One year's arrangement (the layout of holidays-2026.json): statutory holidays and adjusted working days (调休),
/// weekend days that are worked. <see cref="Official"/> is false for a provisional arrangement computed by
/// <see cref="StatutoryHolidays.Provisional"/> while the State Council's has not been given.
/// </summary>
public sealed record CalendarYear(
    int Year,
    IReadOnlyList<HolidaySpan> Holidays,
    IReadOnlyList<DateOnly> AdjustedWorkingDays,
    string? Source = null,
    bool Official = true)
{
    public const int MaxHolidays = 50;
    public const int MaxAdjustedWorkingDays = 50;
    public const int MaxNameLength = 50;
    public const int MaxHolidayDays = 31;

    /// <summary>Why the arrangement is inconsistent, or null: the message of the first of <see cref="Violations"/>.</summary>
    public string? Problem() => Violations().Select(v => v.Message).FirstOrDefault();

    /// <summary>Refuses an inconsistent arrangement with the first rule it breaks, naming the field (JSON path).</summary>
    /// <exception cref="FieldRuleException">The arrangement breaks a rule of <see cref="Violations"/>.</exception>
    public void Validate()
    {
        if (Violations().FirstOrDefault() is { Field: not null } v) throw new FieldRuleException(v.Field, v.Message) { Code = v.Code, Values = v.Values };
    }

    /// <summary>
    /// The rules of an arrangement, each broken one as the JSON path of the field and a message: at most 50 holidays
    /// and 50 adjusted working days; a holiday has a name of 1–50 characters without control characters and runs
    /// within the year, forwards, for at most 31 days; holidays do not overlap (the later one is named); adjusted
    /// working days are unique weekend days of the year outside every holiday.
    /// </summary>
    public IEnumerable<CalendarViolation> Violations()
    {
        if (Holidays.Count > MaxHolidays)
        {
            yield return new("holidays", $"节假日不能超过{MaxHolidays}项（收到{Holidays.Count}项）。", "CalendarTooManyHolidays", N(MaxHolidays), N(Holidays.Count));
            yield break;
        }
        if (AdjustedWorkingDays.Count > MaxAdjustedWorkingDays)
        {
            yield return new("adjustedWorkingDays", $"调休上班日不能超过{MaxAdjustedWorkingDays}天（收到{AdjustedWorkingDays.Count}天）。", "CalendarTooManyAdjustedDays",
                N(MaxAdjustedWorkingDays), N(AdjustedWorkingDays.Count));
            yield break;
        }
        for (var i = 0; i < Holidays.Count; i++)
        {
            var h = Holidays[i];
            var field = $"holidays[{i}]";
            if (string.IsNullOrWhiteSpace(h.Name)) yield return new($"{field}.name", "节假日名称不能为空。", "HolidayNameEmpty");
            else if (h.Name.EnumerateRunes().Count() > MaxNameLength) yield return new($"{field}.name", $"节假日名称不能超过{MaxNameLength}个字符。", "HolidayNameTooLong", N(MaxNameLength));
            else if (h.Name.Any(char.IsControl)) yield return new($"{field}.name", "节假日名称不能包含控制字符。", "HolidayNameControl");
            if (h.From.Year != Year) yield return new($"{field}.from", $"节假日“{h.Name}”的开始日期{Text(h.From)}不在{Year}年内。", "HolidayStartOutsideYear",
                h.Name, Text(h.From), N(Year));
            if (h.To < h.From) yield return new($"{field}.to", $"节假日“{h.Name}”的结束日期{Text(h.To)}早于开始日期{Text(h.From)}。", "HolidayEndBeforeStart",
                h.Name, Text(h.To), Text(h.From));
            else if (h.To.Year != Year) yield return new($"{field}.to", $"节假日“{h.Name}”的结束日期{Text(h.To)}不在{Year}年内。", "HolidayEndOutsideYear",
                h.Name, Text(h.To), N(Year));
            else if (h.To.DayNumber - h.From.DayNumber + 1 > MaxHolidayDays) yield return new($"{field}.to", $"节假日“{h.Name}”不能超过{MaxHolidayDays}天。",
                "HolidayTooLong", h.Name, N(MaxHolidayDays));
        }
        var byStart = Enumerable.Range(0, Holidays.Count).OrderBy(i => Holidays[i].From).ThenBy(i => Holidays[i].To).ThenBy(i => i).ToList();
        for (int k = 1, latest = byStart.Count > 0 ? byStart[0] : -1; k < byStart.Count; k++)
        {
            var (later, earlier) = (Holidays[byStart[k]], Holidays[latest]);
            if (later.From <= earlier.To) yield return new($"holidays[{byStart[k]}].from", $"节假日“{later.Name}”与“{earlier.Name}”的日期重叠。", "HolidaysOverlap",
                later.Name, earlier.Name);
            if (later.To > earlier.To) latest = byStart[k];
        }
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < AdjustedWorkingDays.Count; i++)
        {
            var d = AdjustedWorkingDays[i];
            var field = $"adjustedWorkingDays[{i}]";
            if (!seen.Add(d)) yield return new(field, $"调休上班日{Text(d)}重复。", "AdjustedDayRepeated", Text(d));
            else if (d.Year != Year) yield return new(field, $"调休上班日{Text(d)}不在{Year}年内。", "AdjustedDayOutsideYear", Text(d), N(Year));
            else if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                yield return new(field, $"调休上班日{Text(d)}不是周六或周日。", "AdjustedDayNotWeekend", Text(d));
            else if (Holidays.FirstOrDefault(h => h.From <= d && d <= h.To) is { } h)
                yield return new(field, $"调休上班日{Text(d)}在节假日“{h.Name}”期间。", "AdjustedDayInHoliday", Text(d), h.Name);
        }
    }

    private static string Text(DateOnly d) => RefusalValue.Day(d);

    private static string N(int n) => RefusalValue.Number(n);
}
