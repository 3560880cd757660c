using System.Data.Common;
using System.Globalization;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Recomputes the stored credit profiles of the credit codes whose data changed, in the caller's transaction.
/// Codes the registry does not know get no profile yet: their records wait until the registry brings them.
/// </summary>
public sealed class CreditProfileUpdater(AppDbContext db, IBulkSql bulk, TimeProvider clock)
{
    /// <summary>Revision is counted up by the upsert itself (the stored value + 1), so nothing is read first.</summary>
    public static readonly BulkTable Table = new("credit_profiles",
    [
        new("CreditCode", ColumnKind.Text, Key: true), new("Score", ColumnKind.Int), new("Grade", ColumnKind.Text),
        new("KnockOutCount", ColumnKind.Int), new("AsOf", ColumnKind.Date), new("ComputedAt", ColumnKind.Instant),
        new("Revision", ColumnKind.Int, Increment: true),
    ]);

    /// <summary>The business date in China Standard Time, which the scorecard's windows count from.</summary>
    public static DateOnly BusinessDate(DateTimeOffset at) => ChinaTime.DateOf(at);

    /// <returns>How many profiles were recomputed.</returns>
    public async Task<int> RecomputeAsync(DbTransaction transaction, IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        if (creditCodes.Count == 0) return 0;
        var data = await LoadAsync(transaction, creditCodes, ct);
        var now = clock.GetUtcNow();
        var today = BusinessDate(now);
        var rows = new List<object?[]>(data.Count);
        foreach (var d in data.Values)
        {
            if (d.Registry is null) continue;
            var score = Scorecard.Evaluate(d, today, describe: false);
            rows.Add([d.CreditCode, score.Score, score.Grade.ToString(), score.KnockOuts.Count, today, now, 1]);
        }
        await bulk.UpsertAsync(db.Database.GetDbConnection(), transaction, Table, rows, ct);
        return rows.Count;
    }

    /// <summary>All records of the given codes: one indexed read per dataset (IN lists of a few hundred codes).</summary>
    public async Task<Dictionary<string, CreditData>> LoadAsync(DbTransaction? transaction, IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var registry = (await bulk.ReadByCreditCodesAsync(connection, transaction, CreditDatasets.Registry.Table, creditCodes, ct))
            .Select(r => new RegistryRecord(Text(r[0]), Text(r[1]), Enum.Parse<EnterpriseType>(Text(r[2])), r[3] as string, Date(r[4]), Decimal(r[5]),
                Text(r[6]), Text(r[7]), Text(r[8]), Instant(r[9])))
            .ToDictionary(r => r.CreditCode);
        var tax = await ReadAsync(connection, transaction, CreditDatasets.Tax, creditCodes,
            r => new TaxRatingRecord(Text(r[0]), Int(r[1]), Enum.Parse<TaxRating>(Text(r[2])), Text(r[3]), Instant(r[4])), ct);
        var si = await ReadAsync(connection, transaction, CreditDatasets.SocialInsurance, creditCodes,
            r => new SocialInsuranceRecord(Text(r[0]), Date(r[1]), Int(r[2]), Int(r[3]), Text(r[4]), Instant(r[5])), ct);
        var utilities = await ReadAsync(connection, transaction, CreditDatasets.Utilities, creditCodes,
            r => new UtilityRecord(Text(r[0]), Date(r[1]), Int(r[2]), Text(r[3]), Instant(r[4])), ct);
        var penalties = await ReadAsync(connection, transaction, CreditDatasets.Penalties, creditCodes,
            r => new PenaltyRecord(Text(r[0]), Date(r[2]), Enum.Parse<PenaltySeverity>(Text(r[3])), r[4] as string, Text(r[1]), Text(r[5]), Instant(r[6])), ct);
        var judgments = await ReadAsync(connection, transaction, CreditDatasets.Judgments, creditCodes,
            r => new JudgmentRecord(Text(r[0]), Date(r[2]), Decimal(r[3]), Bool(r[4]), Text(r[1]), Text(r[5]), Instant(r[6])), ct);
        var dishonest = await ReadAsync(connection, transaction, CreditDatasets.Dishonest, creditCodes,
            r => new DishonestRecord(Text(r[0]), Date(r[2]), r[3] is null ? null : Date(r[3]), Text(r[1]), Text(r[4]), Instant(r[5])), ct);
        var honours = await ReadAsync(connection, transaction, CreditDatasets.Honours, creditCodes,
            r => new HonourRecord(Text(r[0]), Date(r[1]), Text(r[2]), Text(r[3]), Instant(r[4])), ct);
        return creditCodes.Distinct().ToDictionary(c => c, c => new CreditData(c, registry.GetValueOrDefault(c), [.. tax[c]], [.. si[c]], [.. utilities[c]],
            [.. penalties[c]], [.. judgments[c]], [.. dishonest[c]], [.. honours[c]]));
    }

    private async Task<ILookup<string, T>> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, CreditDataset dataset,
        IReadOnlyCollection<string> codes, Func<object?[], T> map, CancellationToken ct) where T : CreditRecord =>
        (await bulk.ReadByCreditCodesAsync(connection, transaction, dataset.Table, codes, ct)).Select(map).ToLookup(r => r.CreditCode);

    // Values as either provider returns them (SQLite: text dates and decimals, integer booleans, binary instants).

    private static string Text(object? v) => Convert.ToString(v, CultureInfo.InvariantCulture)!;

    private static int Int(object? v) => Convert.ToInt32(v, CultureInfo.InvariantCulture);

    private static bool Bool(object? v) => v is bool b ? b : Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0;

    private static decimal Decimal(object? v) => v is decimal m ? m : decimal.Parse(Text(v), CultureInfo.InvariantCulture);

    private static DateOnly Date(object? v) => v switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        _ => DateOnly.ParseExact(Text(v), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset Instant(object? v) => v switch
    {
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        DateTimeOffset o => o,
        _ => UtcInstantConverter.FromStore(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
    };
}
