using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Matching;

/// <summary>Loads what the matching engine reads: enterprises with their grades, and open needs as candidates.</summary>
public static class MatchingData
{
    /// <summary>The business date in China Standard Time.</summary>
    public static DateOnly Today(TimeProvider clock) => ChinaTime.Today(clock);

    public static async Task<MatchEnterprise?> EnterpriseAsync(IAppDbContext db, Guid enterpriseId, DateOnly today, CancellationToken ct)
    {
        var row = await (from e in db.Enterprises.AsNoTracking()
                         where e.Id == enterpriseId
                         join p in db.CreditProfiles.AsNoTracking() on e.CreditCode equals p.CreditCode into profiles
                         from p in profiles.DefaultIfEmpty()
                         select new { e.Id, e.Industry, e.DivisionCode, e.EstablishedOn, e.Type, Grade = p == null ? (CreditGrade?)null : p.Grade })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new MatchEnterprise(row.Id, row.Industry, row.DivisionCode, row.Grade ?? CreditGrade.D,
            Scorecard.FullYears(row.EstablishedOn, today), row.Type);
    }

    /// <summary>
    /// Open, unexpired needs that could match the product, narrowed by the database on the numeric rules; the engine
    /// applies every rule afterwards.
    /// </summary>
    public static async Task<List<(MatchNeed Need, MatchEnterprise Enterprise)>> CandidatesAsync(IAppDbContext db, LoanProduct p,
        DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var rows = await (from n in db.Needs.AsNoTracking()
                          where n.Status == NeedStatus.Open && n.ExpiresAt > now
                                && n.Amount >= p.MinAmount && n.Amount <= p.MaxAmount
                                && n.TermMonths >= p.MinTermMonths && n.TermMonths <= p.MaxTermMonths
                                && (n.MaxAnnualRate == null || n.MaxAnnualRate >= p.MinAnnualRate)
                          join e in db.Enterprises.AsNoTracking() on n.EnterpriseId equals e.Id
                          join pr in db.CreditProfiles.AsNoTracking() on e.CreditCode equals pr.CreditCode into profiles
                          from pr in profiles.DefaultIfEmpty()
                          select new
                          {
                              n.Id, n.Amount, n.TermMonths, n.Collateral, n.MaxAnnualRate, EnterpriseId = e.Id, e.Industry, e.DivisionCode,
                              e.EstablishedOn, e.Type, Grade = pr == null ? (CreditGrade?)null : pr.Grade,
                          })
            .ToListAsync(ct);
        return rows.Select(r => (new MatchNeed(r.Id, r.Amount, r.TermMonths, r.Collateral, r.MaxAnnualRate),
                new MatchEnterprise(r.EnterpriseId, r.Industry, r.DivisionCode, r.Grade ?? CreditGrade.D, Scorecard.FullYears(r.EstablishedOn, today), r.Type)))
            .ToList();
    }
}

/// <summary>Who may act for which enterprise: itself, or a station's agents it has authorised (帮办代办).</summary>
public static class EnterpriseAccess
{
    /// <summary>
    /// The enterprise the caller acts for. An enterprise user acts for itself (a different <paramref name="enterpriseId"/>
    /// is 404); an agent names the enterprise and needs its delegation to the agent's station (otherwise 404).
    /// </summary>
    public static async Task<Guid> ActingForAsync(IAppDbContext db, ICurrentUser user, Guid? enterpriseId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Enterprise))
        {
            var own = user.RequireEnterpriseId();
            if (enterpriseId is { } other && other != own) throw new NotFoundException("Enterprise", other);
            return own;
        }
        if (user.IsInRole(Roles.Agent))
        {
            var station = user.RequireStationId();
            if (enterpriseId is not { } id) throw new FieldValidationException("enterpriseId", "enterpriseId is required when an agent acts for an enterprise.");
            if (!await db.Delegations.AnyAsync(d => d.EnterpriseId == id && d.StationId == station, ct)) throw new NotFoundException("Enterprise", id);
            return id;
        }
        throw new ForbiddenAccessException("Only enterprises and their authorised station agents may do this.");
    }

    /// <summary>Whether the caller may see this enterprise's need: the enterprise, an authorised agent of the posting station, the bureau.</summary>
    public static async Task<bool> CanSeeNeedAsync(IAppDbContext db, ICurrentUser user, FinancingNeed need, bool bureauAllowed, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Enterprise)) return user.EnterpriseId == need.EnterpriseId;
        if (user.IsInRole(Roles.Agent))
            return need.PostedByStationId == user.StationId
                   && await db.Delegations.AnyAsync(d => d.EnterpriseId == need.EnterpriseId && d.StationId == user.StationId, ct);
        return bureauAllowed && user.IsInRole(Roles.Bureau);
    }
}
