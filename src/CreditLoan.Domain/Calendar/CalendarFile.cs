using System.Globalization;
using System.Text.Json;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>The JSON layout of a year's arrangement (holidays-2026.json), read and written.</summary>
public static class CalendarFile
{
    public const string TimeZone = "Asia/Shanghai";
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxSourceLength = 500;

    private sealed record HolidayJson(string Name, string From, string To);

    private sealed record YearJson(int Year, bool Official, string? Source, string TimeZone, List<HolidayJson> Holidays, List<string> AdjustedWorkingDays);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads and checks an uploaded year, which is the official arrangement (any "official" field is ignored). Every
    /// refusal names the JSON path of the field ("body" for malformed JSON): a year from 2000 to 2100, a holidays list
    /// (possibly empty), dates as yyyy-MM-dd, and the rules of <see cref="CalendarYear.Violations"/>.
    /// </summary>
    /// <exception cref="FieldRuleException">The file is malformed or breaks a rule.</exception>
    public static CalendarYear Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new FieldRuleException("body", $"日历不是有效的JSON（第{ex.LineNumber + 1}行第{ex.BytePositionInLine + 1}个字节附近）。")
                { Code = "CalendarNotJson", Values = [RefusalValue.Number((ex.LineNumber ?? 0) + 1), RefusalValue.Number((ex.BytePositionInLine ?? 0) + 1)] };
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FieldRuleException("body", "日历必须是一个JSON对象。") { Code = "CalendarNotObject" };

            if (Property(root, "year") is not { ValueKind: JsonValueKind.Number } yearElement
                || !yearElement.TryGetInt32(out var year) || year is < FirstYear or > LastYear)
                throw new FieldRuleException("year", $"年份（year）必须是{FirstYear}至{LastYear}之间的整数。")
                    { Code = "CalendarYearInvalid", Values = [RefusalValue.Number(FirstYear), RefusalValue.Number(LastYear)] };

            string? source = null;
            if (Property(root, "source") is { ValueKind: not JsonValueKind.Null } sourceElement)
            {
                if (sourceElement.ValueKind != JsonValueKind.String) throw new FieldRuleException("source", "来源（source）必须是文本。") { Code = "CalendarSourceNotText" };
                source = sourceElement.GetString()!.Trim();
                if (source.Length > MaxSourceLength) throw new FieldRuleException("source", $"来源（source）不能超过{MaxSourceLength}个字符。")
                    { Code = "CalendarSourceTooLong", Values = [RefusalValue.Number(MaxSourceLength)] };
                if (source.Length == 0) source = null;
            }

            if (Property(root, "timeZone") is { ValueKind: not JsonValueKind.Null } zone
                && (zone.ValueKind != JsonValueKind.String || zone.GetString() != TimeZone))
                throw new FieldRuleException("timeZone", $"日历的日期按中国标准时间，时区（timeZone）只能是{TimeZone}。")
                    { Code = "CalendarTimeZone", Values = [TimeZone] };

            if (Property(root, "holidays") is not { ValueKind: JsonValueKind.Array } holidaysElement)
                throw new FieldRuleException("holidays", "必须给出节假日列表（holidays），没有节假日时为空列表。") { Code = "CalendarHolidaysMissing" };
            if (holidaysElement.GetArrayLength() > CalendarYear.MaxHolidays)
                throw new FieldRuleException("holidays", $"节假日不能超过{CalendarYear.MaxHolidays}项（收到{holidaysElement.GetArrayLength()}项）。")
                    { Code = "CalendarTooManyHolidays", Values = [RefusalValue.Number(CalendarYear.MaxHolidays), RefusalValue.Number(holidaysElement.GetArrayLength())] };
            var holidays = new List<HolidaySpan>();
            foreach (var h in holidaysElement.EnumerateArray())
            {
                var field = $"holidays[{holidays.Count}]";
                if (h.ValueKind != JsonValueKind.Object) throw new FieldRuleException(field, "每个节假日必须是含name、from、to的对象。") { Code = "HolidayNotObject" };
                var name = Property(h, "name") switch
                {
                    null or { ValueKind: JsonValueKind.Null } => "",
                    { ValueKind: JsonValueKind.String } n => n.GetString()!.Trim(),
                    _ => throw new FieldRuleException($"{field}.name", "节假日名称必须是文本。") { Code = "HolidayNameNotText" },
                };
                holidays.Add(new HolidaySpan(name, Date(h, "from", $"{field}.from"), Date(h, "to", $"{field}.to")));
            }

            var adjusted = new List<DateOnly>();
            if (Property(root, "adjustedWorkingDays") is { ValueKind: not JsonValueKind.Null } adjustedElement)
            {
                if (adjustedElement.ValueKind != JsonValueKind.Array)
                    throw new FieldRuleException("adjustedWorkingDays", "调休上班日（adjustedWorkingDays）必须是日期列表。") { Code = "CalendarAdjustedNotList" };
                if (adjustedElement.GetArrayLength() > CalendarYear.MaxAdjustedWorkingDays)
                    throw new FieldRuleException("adjustedWorkingDays",
                        $"调休上班日不能超过{CalendarYear.MaxAdjustedWorkingDays}天（收到{adjustedElement.GetArrayLength()}天）。")
                    { Code = "CalendarTooManyAdjustedDays", Values = [RefusalValue.Number(CalendarYear.MaxAdjustedWorkingDays), RefusalValue.Number(adjustedElement.GetArrayLength())] };
                foreach (var d in adjustedElement.EnumerateArray())
                    adjusted.Add(Date(d, $"adjustedWorkingDays[{adjusted.Count}]"));
            }

            var calendarYear = new CalendarYear(year, holidays, adjusted, source, Official: true);
            calendarYear.Validate();
            return calendarYear;
        }
    }

    /// <summary>The file of a year, with "official": false for a provisional arrangement.</summary>
    public static string Write(CalendarYear y) => JsonSerializer.Serialize(new YearJson(y.Year, y.Official, y.Source, TimeZone,
        y.Holidays.Select(h => new HolidayJson(h.Name, Text(h.From), Text(h.To))).ToList(), y.AdjustedWorkingDays.Select(Text).ToList()), Json);

    /// <summary>The arrangements shipped with the build (2026).</summary>
    public static IReadOnlyList<CalendarYear> Shipped()
    {
        var assembly = typeof(CalendarFile).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("calendar.holidays-", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return Parse(reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>A property by its camelCase name, matched case-insensitively as the previous reader did.</summary>
    private static JsonElement? Property(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    private static DateOnly Date(JsonElement obj, string name, string field) =>
        Property(obj, name) is { } value ? Date(value, field) : throw new FieldRuleException(field, "必须给出日期（yyyy-MM-dd）。") { Code = "CalendarDateMissing" };

    private static DateOnly Date(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FieldRuleException(field, $"“{Shorten(value.ToString())}”不是yyyy-MM-dd格式的日期。")
                { Code = "CalendarDateInvalid", Values = [Shorten(value.ToString())] };

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
