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
        var rows = await (from n in db.Needs.AsNoTracking().Where(FinancingNeed.Open.At(now))
                          where n.Amount >= p.MinAmount && n.Amount <= p.MaxAmount
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
