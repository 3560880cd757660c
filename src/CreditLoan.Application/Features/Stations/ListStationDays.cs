using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>A closed business date as the list of 日结单 shows it.</summary>
public sealed record StationDaySummary(DateOnly BusinessDate, int Transactions, decimal ExpectedCash, decimal CountedCash, decimal Difference,
    DateTimeOffset ClosedAt, string ClosedBy);

/// <summary>A station's closed business dates, newest first (issue 18: each 日结单 can be printed again).</summary>
[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record ListStationDaysQuery(Guid StationId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<StationDaySummary>>, IPagedQuery;

public sealed class ListStationDaysValidator : AbstractValidator<ListStationDaysQuery>
{
    public ListStationDaysValidator() => this.AddPagingRules();
}

public sealed class ListStationDaysHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListStationDaysQuery, PagedList<StationDaySummary>>
{
    public async ValueTask<PagedList<StationDaySummary>> Handle(ListStationDaysQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var days = db.StationDays.AsNoTracking().Where(d => d.StationId == station.Id);
        var total = await days.CountAsync(ct);
        var page = await days.OrderByDescending(d => d.BusinessDate).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new PagedList<StationDaySummary>(page.Select(d => new StationDaySummary(d.BusinessDate, d.Transactions, d.ExpectedCash, d.CountedCash,
            d.Difference, d.ClosedAt, d.ClosedBy)).ToList(), q.Page, q.PageSize, total);
    }
}
