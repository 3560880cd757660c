using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using Mediator;

namespace CreditLoan.Application.Features.Calendar;

/// <param name="NextYearOfficial">Whether next year's official arrangement is in force.</param>
/// <param name="ReminderDue">From 1 November while next year has no official arrangement: the bureau should upload it.</param>
public sealed record CalendarStatusResponse(int Year, bool Official, int NextYear, bool NextYearOfficial, bool ReminderDue);

/// <summary>Whether this year's and next year's official arrangements are in force (the bureau's dashboard reminder, product.md §10).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetCalendarStatusQuery : IQuery<CalendarStatusResponse>;

public sealed class GetCalendarStatusHandler(CalendarProvider calendars, TimeProvider clock) : IQueryHandler<GetCalendarStatusQuery, CalendarStatusResponse>
{
    public async ValueTask<CalendarStatusResponse> Handle(GetCalendarStatusQuery query, CancellationToken cancellationToken) =>
        CalendarReminder.Status(await calendars.CurrentAsync(cancellationToken), ChinaTime.Today(clock));
}
