using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>
/// Applications made through the village stations (帮办代办) in a range: per station, those it submitted (by submission day)
/// and the loans disbursed on them (by <c>disbursedOn</c>), as <see cref="ListFigureApplicationsQuery"/> lists them with
/// <c>stationId</c>. Every station is listed, quiet ones too; a bank gets its partner stations.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetStationApplicationsQuery(DateOnly? From, DateOnly? To) : IQuery<StationApplicationsResponse>, IStatsRange;

public sealed record StationApplicationsRow(Guid StationId, string StationName, string VillageCode, string? VillageName, int Applications, int Loans);

public sealed record StationApplicationsResponse(DateOnly From, DateOnly To, IReadOnlyList<StationApplicationsRow> Items);

public sealed class GetStationApplicationsValidator : StatsRangeValidator<GetStationApplicationsQuery>;

public sealed class GetStationApplicationsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions)
    : IQueryHandler<GetStationApplicationsQuery, StationApplicationsResponse>
{
    public async ValueTask<StationApplicationsResponse> Handle(GetStationApplicationsQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var stations = db.Stations.AsNoTracking();
        var apps = db.Applications.AsNoTracking().Where(a => a.SubmittedByStationId != null);
        if (s.BankId is { } bank)
        {
            stations = stations.Where(x => x.PartnerBankId == bank);
            apps = apps.Where(a => a.BankId == bank);
        }
        var (start, end, from, to) = (s.Start, s.End, s.From, s.To);
        var submitted = await apps.Where(a => a.SubmittedAt >= start && a.SubmittedAt < end).GroupBy(a => a.SubmittedByStationId!.Value)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var loans = await apps.Where(a => a.DisbursedOn >= from && a.DisbursedOn <= to).GroupBy(a => a.SubmittedByStationId!.Value)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var listed = await stations.Select(x => new { x.Id, x.Name, x.VillageCode }).ToListAsync(ct);
        var rows = listed.OrderBy(x => x.VillageCode, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => new StationApplicationsRow(x.Id, x.Name, x.VillageCode, divisions.NameOf(x.VillageCode), submitted.GetValueOrDefault(x.Id),
                loans.GetValueOrDefault(x.Id)))
            .ToList();
        return new StationApplicationsResponse(s.From, s.To, rows);
    }
}
