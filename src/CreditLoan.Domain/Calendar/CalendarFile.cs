using System.Globalization;
using System.Text.Json;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Calendar;

/// <summary>The JSON layout of a year's arrangement (holidays-2026.json), read and written.</summary>
public static class CalendarFile
{
    private sealed record HolidayJson(string Name, string From, string To);

    private sealed record YearJson(int Year, string? Source, string? TimeZone, List<HolidayJson>? Holidays, List<string>? AdjustedWorkingDays);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads and checks one year; a malformed or inconsistent file is refused with the reason.</summary>
    public static CalendarYear Parse(string json)
    {
        YearJson? raw;
        try
        {
            raw = JsonSerializer.Deserialize<YearJson>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new DomainException($"The calendar is not valid JSON: {ex.Message}");
        }
        if (raw is null || raw.Year is < 2000 or > 2100) throw new DomainException("The calendar needs a year between 2000 and 2100.");
        var year = new CalendarYear(raw.Year,
            (raw.Holidays ?? []).Select(h => new HolidaySpan(h.Name, Date(h.From), Date(h.To))).ToList(),
            (raw.AdjustedWorkingDays ?? []).Select(Date).ToList(), raw.Source);
        if (year.Problem() is { } problem) throw new DomainException("The calendar is inconsistent: " + problem);
        return year;
    }

    public static string Write(CalendarYear y) => JsonSerializer.Serialize(new YearJson(y.Year, y.Source, "Asia/Shanghai",
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

    private static DateOnly Date(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DomainException($"'{s}' is not a date (yyyy-MM-dd).");

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
