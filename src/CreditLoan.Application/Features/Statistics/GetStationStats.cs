using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>Station transactions by type, station, township or day; a bank gets only its partner stations.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetStationStatsQuery(StationGrouping By, DateOnly? From, DateOnly? To) : IQuery<StatsTable>, IStatsRange;

public sealed class GetStationStatsValidator : StatsRangeValidator<GetStationStatsQuery>;

public sealed class GetStationStatsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions) : IQueryHandler<GetStationStatsQuery, StatsTable>
{
    public async ValueTask<StatsTable> Handle(GetStationStatsQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var stations = db.Stations.AsNoTracking();
        if (s.BankId is { } bank) stations = stations.Where(x => x.PartnerBankId == bank);
        var days = from d in db.StationStats.AsNoTracking()
                   where d.Day >= s.From && d.Day <= s.To
                   join st in stations on d.StationId equals st.Id
                   select new { d.Day, d.StationId, d.Type, d.Count, d.AmountFen, st.Name, st.VillageCode };
        switch (q.By)
        {
            case StationGrouping.Type:
            {
                var rows = await days.GroupBy(d => d.Type).Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-type", s.From, s.To, ["type", "count", "amount"],
                    rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new object?[] { r.Key, r.N, Money.FromFen(r.F) }).ToList());
            }
            case StationGrouping.Station:
            {
                var rows = await days.GroupBy(d => new { d.StationId, d.Name, d.VillageCode })
                    .Select(g => new { g.Key.StationId, g.Key.Name, g.Key.VillageCode, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-station", s.From, s.To, ["stationId", "stationName", "villageCode", "villageName", "count", "amount"],
                    rows.OrderBy(r => r.VillageCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
                        .Select(r => new object?[] { r.StationId, r.Name, r.VillageCode, divisions.NameOf(r.VillageCode), r.N, Money.FromFen(r.F) }).ToList());
            }
            case StationGrouping.Township:
            {
                var rows = await days.GroupBy(d => d.VillageCode.Substring(0, 9))
                    .Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-township", s.From, s.To, ["townshipCode", "townshipName", "count", "amount"],
                    rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new object?[] { r.Key, divisions.NameOf(r.Key), r.N, Money.FromFen(r.F) }).ToList());
            }
            default:
            {
                var rows = await days.GroupBy(d => d.Day).Select(g => new { g.Key, N = g.Sum(x => x.Count), F = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
                return new StatsTable("stations-by-day", s.From, s.To, ["day", "count", "amount"],
                    rows.OrderBy(r => r.Key).Select(r => new object?[] { r.Key, r.N, Money.FromFen(r.F) }).ToList());
            }
        }
    }
}
