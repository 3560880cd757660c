using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>One type's line of a 日结单: how many transactions of it the business date has, and their amount.</summary>
public sealed record StationDayLine(string Type, int Count, decimal Amount);

/// <summary>
/// A station's daily summary (日结单, issue 18) for one business date. While the date is open it is what closing it now
/// would report (the agent reads it before confirming): <paramref name="CountedCash"/>, <paramref name="Difference"/>,
/// <paramref name="ClosedAt"/> and <paramref name="ClosedBy"/> are null. Once closed, the cash figures are those the close
/// recorded.
/// </summary>
/// <param name="OpeningCash">The station's cash at the end of the business date before.</param>
/// <param name="ExpectedCash">The cash the ledger expects at the end of this business date.</param>
public sealed record StationDayReport(Guid StationId, string StationName, string VillageCode, string BankName, DateOnly BusinessDate, bool Closed,
    IReadOnlyList<StationDayLine> Lines, int Transactions, decimal OpeningCash, decimal ExpectedCash, decimal? CountedCash, decimal? Difference,
    DateTimeOffset? ClosedAt, string? ClosedBy);

/// <summary>The 日结单 of a business date, closed or not (its agents, the partner bank, the bureau; other stations 404).</summary>
[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetStationDayQuery(Guid StationId, DateOnly BusinessDate) : IQuery<StationDayReport>;

public sealed class GetStationDayHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetStationDayQuery, StationDayReport>
{
    public async ValueTask<StationDayReport> Handle(GetStationDayQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var bank = await db.Banks.AsNoTracking().Where(b => b.Id == station.PartnerBankId).Select(b => b.Name).FirstOrDefaultAsync(ct) ?? "";
        var rows = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id && t.BusinessDate == q.BusinessDate)
            .Select(t => new { t.Type, t.Amount }).ToListAsync(ct);
        var order = ListStationTransactionsQuery.Types.ToList();
        var lines = rows.GroupBy(r => r.Type).OrderBy(g => order.IndexOf(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StationDayLine(g.Key, g.Count(), g.Sum(r => r.Amount))).ToList();
        var number = $"StationCash:{station.Id:N}";
        var cashId = await db.LedgerAccounts.AsNoTracking().Where(a => a.Number == number).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var opening = cashId is { } id ? await StationDays.CashAtEndOfAsync(db, id, q.BusinessDate.AddDays(-1), ct) : 0m;
        var closed = await db.StationDays.AsNoTracking().FirstOrDefaultAsync(d => d.StationId == station.Id && d.BusinessDate == q.BusinessDate, ct);
        var expected = closed?.ExpectedCash ?? (cashId is { } cash ? await StationDays.CashAtEndOfAsync(db, cash, q.BusinessDate, ct) : 0m);
        return new StationDayReport(station.Id, station.Name, station.VillageCode, bank, q.BusinessDate, closed is not null, lines, rows.Count, opening,
            expected, closed?.CountedCash, closed?.Difference, closed?.ClosedAt, closed?.ClosedBy);
    }
}
