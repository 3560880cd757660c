using System.Data.Common;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRepaymentWriter"/>: multi-row INSERTs of the repayments and multi-row UPDATEs of the loans (every mapped
/// column, the version checked), 200 rows a statement. Columns and conversions come from the EF Core model, so each value is
/// stored exactly as a tracked save would store it on either provider (SQLite's text decimals and tick instants, MariaDB's
/// char(36) ids).
/// </summary>
internal sealed class RepaymentWriter(AppDbContext db) : IRepaymentWriter
{
    private const int RowsPerStatement = 200;

    public async Task SaveAsync(IReadOnlyList<(Loan Loan, Guid ReadVersion)> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct)
    {
        await using var factory = db.Database.GetDbConnection().CreateCommand();   // makes the parameters; never executed
        var repayment = db.Model.FindEntityType(typeof(Repayment))!;
        var columns = repayment.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        foreach (var chunk in repayments.Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder($"INSERT INTO {repayment.GetTableName()} ({string.Join(", ", columns.Select(c => c.GetColumnName()))}) VALUES ");
            for (var r = 0; r < chunk.Length; r++)
                sql.Append(r == 0 ? "(" : ", (").Append(string.Join(", ", columns.Select(c => Parameter(factory, parameters, c, c.GetGetter().GetClrValue(chunk[r]))))).Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }

        var loan = db.Model.FindEntityType(typeof(Loan))!;
        var key = loan.FindPrimaryKey()!.Properties.Single();
        var version = loan.FindProperty(nameof(Loan.Version))!;
        var set = loan.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()).ToList();
        var updated = 0;
        foreach (var chunk in loans.Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var rows = chunk.Select((x, r) => "SELECT " + string.Join(", ",
                    new[] { $"{Parameter(factory, parameters, key, x.Loan.Id)} AS k", $"{Parameter(factory, parameters, version, x.ReadVersion)} AS v" }
                        .Concat(set.Select((p, i) => $"{Parameter(factory, parameters, p, p.GetGetter().GetClrValue(x.Loan))} AS c{i}"))))
                .ToList();
            var values = string.Join(" UNION ALL ", rows);
            var table = loan.GetTableName();
            var (k, v) = (key.GetColumnName(), version.GetColumnName());
            var sql = db.Database.IsSqlite()
                ? $"UPDATE {table} SET {string.Join(", ", set.Select((p, i) => $"{p.GetColumnName()} = x.c{i}"))} FROM ({values}) AS x " +
                  $"WHERE {table}.{k} = x.k AND {table}.{v} = x.v"
                : $"UPDATE {table} AS t JOIN ({values}) AS x ON t.{k} = x.k AND t.{v} = x.v " +
                  $"SET {string.Join(", ", set.Select((p, i) => $"t.{p.GetColumnName()} = x.c{i}"))}";
            updated += await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
        if (updated != loans.Count)
            throw new DbUpdateConcurrencyException($"{loans.Count - updated} of {loans.Count} loans were changed by someone else during the import.");
    }

    /// <summary>A parameter for a value of <paramref name="property"/>, converted as the model stores it; its name for the SQL.</summary>
    private static string Parameter(DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        var name = "@p" + parameters.Count;
        parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, value, property.IsNullable));
        return name;
    }
}
