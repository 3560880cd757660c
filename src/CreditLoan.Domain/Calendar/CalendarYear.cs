using System.Globalization;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

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
        if (Violations().FirstOrDefault() is { Field: not null } v) throw new FieldRuleException(v.Field, v.Message);
    }

    /// <summary>
    /// The rules of an arrangement, each broken one as the JSON path of the field and a message: at most 50 holidays
    /// and 50 adjusted working days; a holiday has a name of 1–50 characters without control characters and runs
    /// within the year, forwards, for at most 31 days; holidays do not overlap (the later one is named); adjusted
    /// working days are unique weekend days of the year outside every holiday.
    /// </summary>
    public IEnumerable<(string Field, string Message)> Violations()
    {
        if (Holidays.Count > MaxHolidays)
        {
            yield return ("holidays", $"节假日不能超过{MaxHolidays}项（收到{Holidays.Count}项）。");
            yield break;
        }
        if (AdjustedWorkingDays.Count > MaxAdjustedWorkingDays)
        {
            yield return ("adjustedWorkingDays", $"调休上班日不能超过{MaxAdjustedWorkingDays}天（收到{AdjustedWorkingDays.Count}天）。");
            yield break;
        }
        for (var i = 0; i < Holidays.Count; i++)
        {
            var h = Holidays[i];
            var field = $"holidays[{i}]";
            if (string.IsNullOrWhiteSpace(h.Name)) yield return ($"{field}.name", "节假日名称不能为空。");
            else if (h.Name.EnumerateRunes().Count() > MaxNameLength) yield return ($"{field}.name", $"节假日名称不能超过{MaxNameLength}个字符。");
            else if (h.Name.Any(char.IsControl)) yield return ($"{field}.name", "节假日名称不能包含控制字符。");
            if (h.From.Year != Year) yield return ($"{field}.from", $"节假日“{h.Name}”的开始日期{Text(h.From)}不在{Year}年内。");
            if (h.To < h.From) yield return ($"{field}.to", $"节假日“{h.Name}”的结束日期{Text(h.To)}早于开始日期{Text(h.From)}。");
            else if (h.To.Year != Year) yield return ($"{field}.to", $"节假日“{h.Name}”的结束日期{Text(h.To)}不在{Year}年内。");
            else if (h.To.DayNumber - h.From.DayNumber + 1 > MaxHolidayDays) yield return ($"{field}.to", $"节假日“{h.Name}”不能超过{MaxHolidayDays}天。");
        }
        var byStart = Enumerable.Range(0, Holidays.Count).OrderBy(i => Holidays[i].From).ThenBy(i => Holidays[i].To).ThenBy(i => i).ToList();
        for (int k = 1, latest = byStart.Count > 0 ? byStart[0] : -1; k < byStart.Count; k++)
        {
            var (later, earlier) = (Holidays[byStart[k]], Holidays[latest]);
            if (later.From <= earlier.To) yield return ($"holidays[{byStart[k]}].from", $"节假日“{later.Name}”与“{earlier.Name}”的日期重叠。");
            if (later.To > earlier.To) latest = byStart[k];
        }
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < AdjustedWorkingDays.Count; i++)
        {
            var d = AdjustedWorkingDays[i];
            var field = $"adjustedWorkingDays[{i}]";
            if (!seen.Add(d)) yield return (field, $"调休上班日{Text(d)}重复。");
            else if (d.Year != Year) yield return (field, $"调休上班日{Text(d)}不在{Year}年内。");
            else if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return (field, $"调休上班日{Text(d)}不是周六或周日。");
            else if (Holidays.FirstOrDefault(h => h.From <= d && d <= h.To) is { } h) yield return (field, $"调休上班日{Text(d)}在节假日“{h.Name}”期间。");
        }
    }

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
