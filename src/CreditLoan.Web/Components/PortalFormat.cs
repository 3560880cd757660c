using System.Globalization;
using CreditLoan.Domain.Common;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Components;

/// <summary>How the portal's pages show times and amounts, and read numbers posted by their forms.</summary>
public static class PortalFormat
{
    /// <summary>An instant in China time, to the minute.</summary>
    public static string Local(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm");

    /// <summary>"剩余 2天3小时" before <paramref name="due"/>, "已超时 …" after it.</summary>
    public static string Countdown(IStringLocalizer t, DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var span = left.Duration();
        var text = string.Format(t["DaysHours"], (int)span.TotalDays, span.Hours);
        return left >= TimeSpan.Zero ? string.Format(t["Remaining"], text) : string.Format(t["OverdueBy"], text);
    }

    /// <summary>An amount as a number input takes it: two decimals, a point.</summary>
    public static string? Yuan(decimal? v) => v?.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount as the pages show it: thousands grouped, two decimals (1,500.00).</summary>
    public static string? Grouped(decimal? v) => v?.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A large sum in 万元 for tiles and headline figures: 500,000 → "50", 1,234,567.89 → "123.46" (the unit is the page's text).</summary>
    public static string Wan(decimal v) => (v / 10_000m).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>An annual rate as a percentage figure: 4.35 → "4.35", 3.8 → "3.80", 4.1275 → "4.1275".</summary>
    public static string Percent(decimal v) => v.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>A posted number, or null when the field was empty or not a number (the command's validator then names it).</summary>
    public static decimal? Decimal(string? s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
