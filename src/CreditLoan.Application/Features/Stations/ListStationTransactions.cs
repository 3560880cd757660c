using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record ListStationTransactionsQuery(Guid StationId, DateOnly? Date, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<StationTransactionResponse>>, IPagedQuery;

public sealed class ListStationTransactionsValidator : AbstractValidator<ListStationTransactionsQuery>
{
    public ListStationTransactionsValidator() => this.AddPagingRules();
}

public sealed class ListStationTransactionsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListStationTransactionsQuery, PagedList<StationTransactionResponse>>
{
    public async ValueTask<PagedList<StationTransactionResponse>> Handle(ListStationTransactionsQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var state = await StationDays.StateAsync(db, station.Id, clock.GetUtcNow(), ct);
        var day = q.Date ?? state.Open ?? state.Today;
        var txs = db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id && t.BusinessDate == day);
        var total = await txs.CountAsync(ct);
        var page = await txs.OrderBy(t => t.PostedAt).ThenBy(t => t.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new PagedList<StationTransactionResponse>(page.Select(StationTransactionResponse.From).ToList(), q.Page, q.PageSize, total);
    }
}
