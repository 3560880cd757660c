namespace CreditLoan.Web.Demo;

/// <summary>
/// The platform's clock in a demo run (<c>--demo</c>). While the sample county is seeded it reads the instant the seeder
/// has walked to, so every command stamps, limits and projects as on that day of the county's year; once the seeding is
/// done (and on a database seeded before) it is the clock it wraps: the system's, or a test's.
/// </summary>
public sealed class DemoClock(TimeProvider inner) : TimeProvider
{
    private long _walkTicks = -1;

    /// <summary>The clock it wraps.</summary>
    public TimeProvider Inner => inner;

    /// <summary>Whether the clock is walking the seeded year.</summary>
    public bool Walking => Interlocked.Read(ref _walkTicks) >= 0;

    public override DateTimeOffset GetUtcNow()
    {
        var walk = Interlocked.Read(ref _walkTicks);
        return walk < 0 ? inner.GetUtcNow() : new DateTimeOffset(walk, TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the walk on to <paramref name="instant"/>; it never goes back, nor past the wrapped clock's now.</summary>
    public void WalkTo(DateTimeOffset instant)
    {
        var current = Interlocked.Read(ref _walkTicks);
        if (instant.UtcTicks < current)
            throw new InvalidOperationException($"The demo clock walks forward only: {instant:O} is before {new DateTimeOffset(current, TimeSpan.Zero):O}.");
        if (instant > inner.GetUtcNow()) throw new InvalidOperationException($"The demo clock cannot walk past now: {instant:O}.");
        Interlocked.Exchange(ref _walkTicks, instant.UtcTicks);
    }

    /// <summary>Ends the walk: from now on the clock reads the wrapped clock.</summary>
    public void Release() => Interlocked.Exchange(ref _walkTicks, -1);
}
