namespace CreditLoan.Domain.Common;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving): every business date, withdrawal-limit day, statistics day and deadline
/// day is a China calendar day (product.md §10). Instants stay UTC: this is the one place that turns an instant into a
/// China date, and a China date into the UTC instants that bound it.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant (UTC) a China calendar date begins: 00:00 China time, 16:00 UTC the day before.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The China calendar date holding <paramref name="instant"/>, as the half-open range of UTC instants [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayOf(DateTimeOffset instant)
    {
        var date = DateOf(instant);
        return (StartOf(date), StartOf(date.AddDays(1)));
    }
}
