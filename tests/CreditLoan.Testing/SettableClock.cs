using CreditLoan.Domain.Common;

namespace CreditLoan.Testing;

/// <summary>
/// A test clock that gives UTC instants, as production's does, and may be set backwards as well as forwards (a sweep
/// across the China day visits the same hours on several dates). Its local time zone is Honolulu (UTC−10), far from both
/// UTC and China, so that code reading "local" time instead of China time shows up.
/// </summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("Test/Honolulu", TimeSpan.FromHours(-10), "UTC-10", "UTC-10");

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);

    /// <summary>Sets the clock to a China wall-clock time (stored as the UTC instant it is).</summary>
    public DateTimeOffset SetChina(DateOnly date, TimeOnly time)
    {
        var instant = China(date, time);
        Set(instant);
        return instant;
    }

    /// <summary>The UTC instant of a China wall-clock time.</summary>
    public static DateTimeOffset China(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), ChinaTime.Offset).ToUniversalTime();
}
