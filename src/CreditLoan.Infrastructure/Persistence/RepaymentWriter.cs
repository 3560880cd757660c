using System.Data.Common;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRepaymentWriter"/>: multi-row INSERTs of the repayments and multi-row UPDATEs of the loans' changed columns
/// (the version checked), 200 rows a statement. Columns and conversions come from the EF Core model, so each value is stored
/// exactly as a tracked save would store it on either provider (SQLite's text decimals and tick instants, MariaDB's char(36)
/// ids); what changed is found by comparing with the values remembered at <see cref="Read"/>, as EF Core's snapshots do.
/// </summary>
internal sealed class RepaymentWriter(AppDbContext db) : IRepaymentWriter
{
    private const int RowsPerStatement = 200;
    private readonly Dictionary<Loan, object?[]> _read = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<IProperty>? _loanColumns;

    private IEntityType LoanType => db.Model.FindEntityType(typeof(Loan))!;

    private IReadOnlyList<IProperty> LoanColumns => _loanColumns ??= LoanType.GetProperties().Where(p => !p.IsShadowProperty()).ToList();

    public void Read(Loan loan) => _read[loan] = LoanColumns.Select(p => p.GetGetter().GetClrValue(loan)).ToArray();

    public async Task SaveAsync(IReadOnlyList<Loan> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();   // makes the parameters; never executed
        var repayment = db.Model.FindEntityType(typeof(Repayment))!;
        var columns = repayment.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        foreach (var chunk in repayments.Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder($"INSERT INTO {repayment.GetTableName()} ({string.Join(", ", columns.Select(c => c.GetColumnName()))}) VALUES ");
            foreach (var r in chunk)
                sql.Append(parameters.Count == 0 ? "(" : ", (").Append(string.Join(", ", columns.Select(c => Parameter(factory, parameters, c, c.GetGetter().GetClrValue(r)))))
                    .Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }

        var key = LoanType.FindPrimaryKey()!.Properties.Single();
        var version = LoanType.FindProperty(nameof(Loan.Version))!;
        var (versionAt, table) = (IndexOf(version), LoanType.GetTableName());
        var updated = 0;
        foreach (var chunk in loans.Chunk(RowsPerStatement))
        {
            var read = chunk.Select(l => _read[l]).ToList();
            var now = chunk.Select(l => LoanColumns.Select(p => p.GetGetter().GetClrValue(l)).ToArray()).ToList();
            var set = Enumerable.Range(0, LoanColumns.Count).Where(i => !LoanColumns[i].IsPrimaryKey() && read.Zip(now).Any(x => !Equals(x.First[i], x.Second[i])))
                .ToList();
            var parameters = new List<DbParameter>();
            var values = string.Join(" UNION ALL ", chunk.Select((l, r) => "SELECT " + string.Join(", ",
                new[] { $"{Parameter(factory, parameters, key, l.Id)} AS k", $"{Parameter(factory, parameters, version, read[r][versionAt])} AS v" }
                    .Concat(set.Select(i => $"{Parameter(factory, parameters, LoanColumns[i], now[r][i])} AS c{i}")))));
            var (k, v) = (key.GetColumnName(), version.GetColumnName());
            var sql = db.Database.IsSqlite()
                ? $"UPDATE {table} SET {string.Join(", ", set.Select(i => $"{LoanColumns[i].GetColumnName()} = x.c{i}"))} FROM ({values}) AS x " +
                  $"WHERE {table}.{k} = x.k AND {table}.{v} = x.v"
                : $"UPDATE {table} AS t JOIN ({values}) AS x ON t.{k} = x.k AND t.{v} = x.v " +
                  $"SET {string.Join(", ", set.Select(i => $"t.{LoanColumns[i].GetColumnName()} = x.c{i}"))}";
            updated += await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
        if (updated != loans.Count)
            throw new DbUpdateConcurrencyException($"{loans.Count - updated} of {loans.Count} loans were changed by someone else during the import.");
    }

    private int IndexOf(IProperty property) => LoanColumns.ToList().IndexOf(property);

    /// <summary>A parameter for a value of <paramref name="property"/>, converted as the model stores it; its name for the SQL.</summary>
    private static string Parameter(DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        var name = "@p" + parameters.Count;
        parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, value, property.IsNullable));
        return name;
    }
}
