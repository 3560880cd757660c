using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>
/// A station's business dates (product.md §10): postings land on the open business date, the oldest date the station has
/// not closed, and that date never runs ahead of today's China date. Days without any posting need no closing: with no
/// unclosed activity the open date is today. Once today is closed, nothing posts until China midnight.
/// </summary>
/// <param name="LastClosed">The latest closed business date (null: never closed).</param>
/// <param name="OldestUnclosed">The oldest business date after <paramref name="LastClosed"/> with a posting (null: none).</param>
/// <param name="Today">Today's China date.</param>
public sealed record StationBusinessDay(DateOnly? LastClosed, DateOnly? OldestUnclosed, DateOnly Today)
{
    /// <summary>The open business date, or null when today is closed already.</summary>
    public DateOnly? Open
    {
        get
        {
            if (OldestUnclosed is { } pending && (LastClosed is null || pending > LastClosed)) return pending < Today ? pending : Today;
            if (LastClosed is { } closed && closed >= Today) return null;
            return Today;
        }
    }

    /// <summary>The date a posting made now lands on; refused (409) once today is closed.</summary>
    public DateOnly ForPosting() =>
        Open ?? throw new InvalidStateException("Station", $"closed for business date {Today:yyyy-MM-dd}", "post before the next China day");

    /// <summary>
    /// Checks that <paramref name="date"/> may be closed now: not in the future, not closed already, and not later than the
    /// open date (the older open date is closed first). A date before the open date, which had no postings, may be closed
    /// to record its counted cash.
    /// </summary>
    public void CheckClose(DateOnly date)
    {
        if (date > Today)
            throw new InvalidStateException("Business date", $"{date:yyyy-MM-dd}, later than today ({Today:yyyy-MM-dd} China time)", "close a future date");
        if (LastClosed is { } closed && date <= closed)
            throw new InvalidStateException("Business date", $"closed up to {closed:yyyy-MM-dd}", $"close {date:yyyy-MM-dd} again");
        if (Open is { } open && date > open)
            throw new InvalidStateException("Business date", $"{open:yyyy-MM-dd} still open", $"close {date:yyyy-MM-dd} before {open:yyyy-MM-dd}");
    }

    /// <summary>Whether a transaction of <paramref name="date"/> may still be reversed: it lies on the open business date.</summary>
    public bool IsCurrent(DateOnly date) => Open == date;
}
