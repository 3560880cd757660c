using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Statistics;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

public enum ServiceQualityGrouping { Bank, Station, Cause, Month }

/// <summary>
/// Service quality (考核, product.md §13) for a range, from the service-quality projection: per bank or station the cases assigned,
/// closed, closed on time, the on-time rate, the ratings, the average score and the satisfaction rate (4–5 of all ratings); also
/// by cause and by month. The bureau sees every party; a bank its own row and its partner stations; an agent its station's row.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent)]
public sealed record GetServiceQualityQuery(ServiceQualityGrouping By, DateOnly? From, DateOnly? To) : IQuery<StatsTable>, IStatsRange;

public sealed class GetServiceQualityValidator : StatsRangeValidator<GetServiceQualityQuery>;

public sealed class GetServiceQualityHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetServiceQualityQuery, StatsTable>
{
    private static readonly string[] Figures = ["cases", "closed", "closedOnTime", "onTimeRate", "ratings", "avgScore", "satisfactionRate"];

    /// <summary>The causes' names as people read them (办不成事的原因).</summary>
    public static readonly IReadOnlyDictionary<string, string> CauseNames = new Dictionary<string, string>
    {
        [nameof(CaseCause.Policy)] = "政策不允许", [nameof(CaseCause.MissingMaterial)] = "关键材料缺失", [nameof(CaseCause.UnclearResponsibility)] = "职责不清",
        [nameof(CaseCause.StaffConduct)] = "工作人员作风", [nameof(CaseCause.SystemFault)] = "系统故障", [nameof(CaseCause.Other)] = "其他",
    };

    private sealed record Sums(long Cases, long Closed, long ClosedOnTime, long Ratings, long ScoreSum, long Satisfied)
    {
        public static readonly Sums Zero = new(0, 0, 0, 0, 0, 0);

        public Sums Plus(Sums o) => new(Cases + o.Cases, Closed + o.Closed, ClosedOnTime + o.ClosedOnTime, Ratings + o.Ratings, ScoreSum + o.ScoreSum,
            Satisfied + o.Satisfied);

        public object?[] Figures() =>
        [
            Cases, Closed, ClosedOnTime, Closed == 0 ? null : Math.Round((decimal)ClosedOnTime / Closed, 4), Ratings,
            Ratings == 0 ? null : Math.Round((decimal)ScoreSum / Ratings, 2), Ratings == 0 ? null : Math.Round((decimal)Satisfied / Ratings, 4),
        ];
    }

    public async ValueTask<StatsTable> Handle(GetServiceQualityQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var banks = db.Banks.AsNoTracking();
        var stations = db.Stations.AsNoTracking();
        if (user.IsInRole(Roles.Bank))
        {
            var own = user.RequireBankId();
            banks = banks.Where(b => b.Id == own);
            stations = stations.Where(x => x.PartnerBankId == own);
        }
        else if (user.IsInRole(Roles.Agent))
        {
            var own = user.RequireStationId();
            banks = banks.Where(_ => false);
            stations = stations.Where(x => x.Id == own);
        }
        var bankIds = banks.Select(b => b.Id);
        var stationIds = stations.Select(x => x.Id);
        string bank = nameof(CaseParty.Bank), station = nameof(CaseParty.Station);
        var days = db.ServiceStats.AsNoTracking().Where(d => d.Day >= s.From && d.Day <= s.To);
        if (!user.IsInRole(Roles.Bureau))
            days = days.Where(d => (d.Party == bank && bankIds.Contains(d.PartyId)) || (d.Party == station && stationIds.Contains(d.PartyId)));
        var rows = await days.GroupBy(d => new { d.Party, d.PartyId, d.Cause, d.Day })
            .Select(g => new
            {
                g.Key.Party, g.Key.PartyId, g.Key.Cause, g.Key.Day,
                S = new Sums(g.Sum(x => x.Cases), g.Sum(x => x.Closed), g.Sum(x => x.ClosedOnTime), g.Sum(x => x.Ratings), g.Sum(x => x.ScoreSum), g.Sum(x => x.Satisfied)),
            }).ToListAsync(ct);
        Sums Sum(IEnumerable<Sums> sums) => sums.Aggregate(Sums.Zero, (a, b) => a.Plus(b));

        switch (q.By)
        {
            case ServiceQualityGrouping.Bank or ServiceQualityGrouping.Station:
            {
                var party = q.By == ServiceQualityGrouping.Bank ? bank : station;
                var listed = q.By == ServiceQualityGrouping.Bank
                    ? await banks.Select(b => new { b.Id, b.Name }).ToListAsync(ct)
                    : await stations.Select(x => new { x.Id, x.Name }).ToListAsync(ct);
                var byParty = rows.Where(r => r.Party == party).GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => Sum(g.Select(r => r.S)));
                var table = listed.OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => (object?[])[p.Id, p.Name, .. (byParty.GetValueOrDefault(p.Id) ?? Sums.Zero).Figures()]).ToList();
                return new StatsTable($"service-quality-by-{party.ToLowerInvariant()}", s.From, s.To, ["id", "name", .. Figures], table)
                    { Totals = [null, null, .. Sum(listed.Select(p => byParty.GetValueOrDefault(p.Id) ?? Sums.Zero)).Figures()] };
            }
            case ServiceQualityGrouping.Cause:
            {
                var byCause = rows.Where(r => r.Cause != "").GroupBy(r => r.Cause).ToDictionary(g => g.Key, g => Sum(g.Select(r => r.S)));
                var table = CauseNames.Select(c => (object?[])[c.Key, c.Value, .. (byCause.GetValueOrDefault(c.Key) ?? Sums.Zero).Figures()]).ToList();
                return new StatsTable("service-quality-by-cause", s.From, s.To, ["id", "name", .. Figures], table)
                    { Totals = [null, null, .. Sum(byCause.Values).Figures()] };
            }
            default:
            {
                var byMonth = rows.GroupBy(r => r.Day.ToString("yyyy-MM")).ToDictionary(g => g.Key, g => Sum(g.Select(r => r.S)));
                var table = new List<object?[]>();
                for (var m = new DateOnly(s.From.Year, s.From.Month, 1); m <= s.To; m = m.AddMonths(1))
                    table.Add([m.ToString("yyyy-MM"), m.ToString("yyyy年M月"), .. (byMonth.GetValueOrDefault(m.ToString("yyyy-MM")) ?? Sums.Zero).Figures()]);
                return new StatsTable("service-quality-by-month", s.From, s.To, ["id", "name", .. Figures], table)
                    { Totals = [null, null, .. Sum(byMonth.Values).Figures()] };
            }
        }
    }
}
