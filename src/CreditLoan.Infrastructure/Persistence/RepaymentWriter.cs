using System.Data.Common;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRepaymentWriter"/>: multi-row INSERTs of the repayments (200 rows a statement, in key order) and UPDATEs of the
/// loans' changed columns with the version read checked (on MariaDB one UPDATE from a temporary table, on SQLite one per 200
/// loans). Columns and conversions come from the EF Core model, so each value is stored exactly as a tracked save would store it on either provider (SQLite's text decimals and tick instants, MariaDB's char(36)
/// ids); what changed is found by comparing with the values remembered at <see cref="Read"/>, as EF Core's snapshots do.
/// </summary>
internal sealed class RepaymentWriter(AppDbContext db) : IRepaymentWriter
{
    private const int RowsPerStatement = 200;
    private readonly Dictionary<Loan, object?[]> _read = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<IProperty>? _loanColumns;

    private IEntityType LoanType => db.Model.FindEntityType(typeof(Loan))!;

    private IReadOnlyList<IProperty> LoanColumns => _loanColumns ??= LoanType.GetProperties().Where(p => !p.IsShadowProperty()).ToList();

    public void Read(Loan loan) => _read[loan] = Values(loan);

    public async Task SaveAsync(IReadOnlyList<Loan> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();   // makes the parameters; never executed
        var repayment = db.Model.FindEntityType(typeof(Repayment))!;
        var columns = repayment.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        // in key order: each statement's rows go to neighbouring leaf pages of the primary key (ids are random)
        foreach (var chunk in repayments.OrderBy(r => r.Id.ToString(), StringComparer.Ordinal).Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder($"INSERT INTO {repayment.GetTableName()} ({string.Join(", ", columns.Select(c => c.GetColumnName()))}) VALUES ");
            foreach (var r in chunk)
                sql.Append(parameters.Count == 0 ? "(" : ", (").Append(string.Join(", ", columns.Select(c => Parameter(factory, parameters, c, c.GetGetter().GetClrValue(r)))))
                    .Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }

        var updated = db.Database.IsSqlite() ? await UpdateEachChunkAsync(factory, loans, ct) : await UpdateFromTemporaryTableAsync(factory, loans, ct);
        if (updated != loans.Count)
            throw new DbUpdateConcurrencyException($"{loans.Count - updated} of {loans.Count} loans were changed by someone else during the import.");
    }

    /// <summary>SQLite: an UPDATE … FROM (SELECT … UNION ALL …) a chunk of loans, the version checked; the rows it matched.</summary>
    private async Task<int> UpdateEachChunkAsync(DbCommand factory, IReadOnlyList<Loan> loans, CancellationToken ct)
    {
        var (key, version) = (LoanType.FindPrimaryKey()!.Properties.Single(), LoanType.FindProperty(nameof(Loan.Version))!);
        var (versionAt, table) = (IndexOf(version), LoanType.GetTableName());
        var updated = 0;
        foreach (var chunk in loans.Chunk(RowsPerStatement))
        {
            var read = chunk.Select(l => _read[l]).ToList();
            var now = chunk.Select(Values).ToList();
            var set = Changed(read, now);
            var parameters = new List<DbParameter>();
            var values = string.Join(" UNION ALL ", chunk.Select((l, r) => "SELECT " + string.Join(", ",
                new[] { $"{Parameter(factory, parameters, key, l.Id)} AS k", $"{Parameter(factory, parameters, version, read[r][versionAt])} AS v" }
                    .Concat(set.Select(i => $"{Parameter(factory, parameters, LoanColumns[i], now[r][i])} AS c{i}")))));
            var (k, v) = (key.GetColumnName(), version.GetColumnName());
            updated += await db.Database.ExecuteSqlRawAsync(
                $"UPDATE {table} SET {string.Join(", ", set.Select(i => $"{LoanColumns[i].GetColumnName()} = x.c{i}"))} FROM ({values}) AS x " +
                $"WHERE {table}.{k} = x.k AND {table}.{v} = x.v", parameters, ct);
        }
        return updated;
    }

    /// <summary>
    /// MariaDB: the loans' new values into a temporary table (multi-row INSERTs), then one UPDATE … JOIN on the key and the version
    /// read; the rows it matched. At a million loans, 93,000 changed loans took the server 9.0 s as 465 UPDATE … JOIN
    /// (SELECT … UNION ALL …) statements and 3.9 s this way (docs/performance.md).
    /// </summary>
    private async Task<int> UpdateFromTemporaryTableAsync(DbCommand factory, IReadOnlyList<Loan> loans, CancellationToken ct)
    {
        if (loans.Count == 0) return 0;
        var (key, version) = (LoanType.FindPrimaryKey()!.Properties.Single(), LoanType.FindProperty(nameof(Loan.Version))!);
        var (versionAt, table) = (IndexOf(version), LoanType.GetTableName());
        var read = loans.Select(l => _read[l]).ToList();
        var now = loans.Select(Values).ToList();
        var set = Changed(read, now);
        var (k, v) = (key.GetColumnName(), version.GetColumnName());
        const string changes = "repayment_import_loans";
        await db.Database.ExecuteSqlRawAsync($"DROP TEMPORARY TABLE IF EXISTS {changes}", ct);
        await db.Database.ExecuteSqlRawAsync($"CREATE TEMPORARY TABLE {changes} (PRIMARY KEY (k)) SELECT {k} AS k, {v} AS v" +
            string.Concat(set.Select(i => $", {LoanColumns[i].GetColumnName()} AS c{i}")) + $" FROM {table} WHERE 1 = 0", ct);
        foreach (var chunk in Enumerable.Range(0, loans.Count).Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder($"INSERT INTO {changes} VALUES ");
            foreach (var r in chunk)
                sql.Append(parameters.Count == 0 ? "(" : ", (").Append(string.Join(", ",
                    new[] { Parameter(factory, parameters, key, loans[r].Id), Parameter(factory, parameters, version, read[r][versionAt]) }
                        .Concat(set.Select(i => Parameter(factory, parameters, LoanColumns[i], now[r][i]))))).Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
        var updated = await db.Database.ExecuteSqlRawAsync($"UPDATE {table} AS t JOIN {changes} AS x ON t.{k} = x.k AND t.{v} = x.v " +
            $"SET {string.Join(", ", set.Select(i => $"t.{LoanColumns[i].GetColumnName()} = x.c{i}"))}", ct);
        await db.Database.ExecuteSqlRawAsync($"DROP TEMPORARY TABLE {changes}", ct);
        return updated;
    }

    private object?[] Values(Loan loan) => LoanColumns.Select(p => p.GetGetter().GetClrValue(loan)).ToArray();

    /// <summary>The columns (by index) that differ between what was read and what is now in any of the loans; never the key.</summary>
    private List<int> Changed(List<object?[]> read, List<object?[]> now) =>
        Enumerable.Range(0, LoanColumns.Count).Where(i => !LoanColumns[i].IsPrimaryKey() && read.Zip(now).Any(x => !Equals(x.First[i], x.Second[i]))).ToList();

    private int IndexOf(IProperty property) => LoanColumns.ToList().IndexOf(property);

    /// <summary>A parameter for a value of <paramref name="property"/>, converted as the model stores it; its name for the SQL.</summary>
    private static string Parameter(DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        var name = "@p" + parameters.Count;
        parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, value, property.IsNullable));
        return name;
    }
}
