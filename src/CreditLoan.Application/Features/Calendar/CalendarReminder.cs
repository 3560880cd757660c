using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using Mediator;

namespace CreditLoan.Application.Features.Calendar;

public static class CalendarReminder
{
    /// <summary>The reminder starts on 1 November, China time.</summary>
    public const int FromMonth = 11;

    public static CalendarStatusResponse Status(Domain.Calendar.WorkingCalendar calendar, DateOnly today)
    {
        var next = today.Year + 1;
        var nextOfficial = calendar.IsOfficial(next);
        return new CalendarStatusResponse(today.Year, calendar.IsOfficial(today.Year), next, nextOfficial, today.Month >= FromMonth && !nextOfficial);
    }
}
