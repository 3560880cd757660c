using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Calendar;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Calendar;

/// <summary>
/// A year's arrangement in the layout of holidays-2026.json plus <c>official</c>: the bureau's upload, else the shipped
/// file (both official), else the provisional year computed from the statutory holidays (<c>official: false</c>).
/// </summary>
[AllowAnonymousRequest]
public sealed record GetCalendarQuery(int Year) : IQuery<string>;

public sealed class GetCalendarHandler(IAppDbContext db) : IQueryHandler<GetCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetCalendarQuery query, CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == query.Year, cancellationToken);
        if (stored is not null)
        {
            // written anew: a year stored by an older release lacks "official"; one that no longer passes the checks is shown as stored
            try
            {
                return CalendarFile.Write(CalendarFile.Parse(stored.Json));
            }
            catch (Domain.Common.DomainException)
            {
                return stored.Json;
            }
        }
        var shipped = CalendarFile.Shipped().FirstOrDefault(y => y.Year == query.Year);
        if (shipped is not null) return CalendarFile.Write(shipped);
        if (query.Year < CalendarFile.FirstYear || query.Year > CalendarFile.LastYear) throw new NotFoundException("Calendar", query.Year);
        return CalendarFile.Write(StatutoryHolidays.Provisional(query.Year));
    }
}
