using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Cases;

/// <summary>
/// The time limits of a case (办不成事, product.md §13) on the working-day calendar, in China Standard Time: simple by the end
/// (24:00) of the same working day — or of the next working day when the case is triaged on a day off or after the office
/// closes (<see cref="OfficeCloses"/>); ordinary by the end of the 3rd working day after; complex by the end of the 5th. A
/// follow-up of a bad rating (回访整改) is due like a complex case.
/// </summary>
public static class CaseTimeLimits
{
    /// <summary>17:00 China time: a simple case triaged from then on is due at the end of the next working day.</summary>
    public static readonly TimeOnly OfficeCloses = new(17, 0);

    public const int OrdinaryWorkingDays = 3;
    public const int ComplexWorkingDays = 5;

    /// <summary>The due instant (UTC) of a case of <paramref name="tier"/> whose clock starts at <paramref name="from"/>.</summary>
    public static DateTimeOffset DueAt(WorkingCalendar calendar, CaseTier tier, DateTimeOffset from) => tier switch
    {
        CaseTier.Simple => EndOfWorkingDay(calendar, from),
        CaseTier.Ordinary => calendar.DeadlineAfter(from, OrdinaryWorkingDays),
        _ => calendar.DeadlineAfter(from, ComplexWorkingDays),
    };

    /// <summary>The end of the instant's China day if it is a working day and the office is still open, else the end of the next working day.</summary>
    public static DateTimeOffset EndOfWorkingDay(WorkingCalendar calendar, DateTimeOffset instant)
    {
        var local = instant.ToOffset(ChinaTime.Offset);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) >= OfficeCloses) return calendar.DeadlineAfter(instant, 1);
        return ChinaTime.StartOf(day.AddDays(1));
    }
}
