using System.Data.Common;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Credit;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Recomputes the stored credit profiles of the credit codes whose data changed, in the caller's transaction.
/// Codes the registry does not know get no profile yet: their records wait until the registry brings them.
/// </summary>
public sealed class CreditProfileUpdater(AppDbContext db, IBulkSql bulk, TimeProvider clock)
{
    public static readonly BulkTable Table = new("credit_profiles",
    [
        new("CreditCode", ColumnKind.Text, Key: true), new("Score", ColumnKind.Int), new("Grade", ColumnKind.Text),
        new("Factors", ColumnKind.Text), new("KnockOuts", ColumnKind.Text), new("AsOf", ColumnKind.Date),
        new("ComputedAt", ColumnKind.Instant), new("Revision", ColumnKind.Int),
    ]);

    /// <summary>The business date in China Standard Time, which the scorecard's windows count from.</summary>
    public static DateOnly BusinessDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <returns>How many profiles were recomputed.</returns>
    public async Task<int> RecomputeAsync(DbTransaction transaction, IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        if (creditCodes.Count == 0) return 0;
        var data = await LoadAsync(creditCodes, ct);
        var now = clock.GetUtcNow();
        var today = BusinessDate(now);
        var revisions = (await bulk.ReadByCreditCodesAsync(db.Database.GetDbConnection(), transaction, Table, creditCodes, ct))
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[7]));
        var rows = new List<object?[]>(data.Count);
        foreach (var d in data.Values)
        {
            if (d.Registry is null) continue;
            var score = Scorecard.Evaluate(d, today);
            rows.Add([d.CreditCode, score.Score, score.Grade.ToString(), CreditJson.Write(score.Factors), CreditJson.Write(score.KnockOuts),
                today, now, revisions.GetValueOrDefault(d.CreditCode) + 1]);
        }
        await bulk.UpsertAsync(db.Database.GetDbConnection(), transaction, Table, rows, ct);
        return rows.Count;
    }

    /// <summary>All records of the given codes, one query per dataset.</summary>
    public async Task<Dictionary<string, CreditData>> LoadAsync(IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        var codes = creditCodes.ToList();
        var registry = await db.RegistryRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToDictionaryAsync(r => r.CreditCode, ct);
        var tax = (await db.TaxRatings.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var si = (await db.SocialInsuranceRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var utilities = (await db.UtilityRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var penalties = (await db.PenaltyRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var judgments = (await db.JudgmentRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var dishonest = (await db.DishonestRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        var honours = (await db.HonourRecords.AsNoTracking().Where(r => codes.Contains(r.CreditCode)).ToListAsync(ct)).ToLookup(r => r.CreditCode);
        return codes.Distinct().ToDictionary(c => c, c => new CreditData(c, registry.GetValueOrDefault(c), [.. tax[c]], [.. si[c]], [.. utilities[c]],
            [.. penalties[c]], [.. judgments[c]], [.. dishonest[c]], [.. honours[c]]));
    }
}
