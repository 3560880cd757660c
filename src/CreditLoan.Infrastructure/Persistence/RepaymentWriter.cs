using System.Data.Common;
using System.Globalization;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRepaymentWriter"/>: multi-row INSERTs of the repayments (200 rows a statement, in key order) and UPDATEs of the
/// loans' changed columns with the version read checked (on MariaDB one UPDATE from a temporary table, on SQLite one per 200
/// loans). Columns and conversions come from the EF Core model, so each value is stored exactly as a tracked save would store
/// it on either provider (SQLite's text decimals and tick instants as parameters, MariaDB's char(36) ids and the rest written
/// into the statements, see <see cref="Value"/>); what changed is found by comparing with the values remembered at <see cref="Read"/>, as EF Core's snapshots do.
/// </summary>
internal sealed class RepaymentWriter(AppDbContext db) : IRepaymentWriter
{
    private const int RowsPerStatement = 200;
    private readonly Dictionary<Loan, object?[]> _read = new(ReferenceEqualityComparer.Instance);
    private readonly bool _sqlite = db.Database.IsSqlite();
    private readonly Dictionary<(IProperty, object), string> _literals = [];
    private IReadOnlyList<IProperty>? _loanColumns;

    private IEntityType LoanType => db.Model.FindEntityType(typeof(Loan))!;

    private IReadOnlyList<IProperty> LoanColumns => _loanColumns ??= LoanType.GetProperties().Where(p => !p.IsShadowProperty()).ToList();

    public void Read(Loan loan) => _read[loan] = Values(loan);

    public Task SaveAsync(IReadOnlyList<Loan> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct)
    {
        // every statement is made now, before the first one runs: the caller goes on to apply the next loans (and Read them)
        // while these run, so nothing below may look at the loans or at what was remembered once this method has returned
        var statements = new List<Statement>();
        using (var factory = db.Database.GetDbConnection().CreateCommand())   // makes the parameters; never executed
        {
            var repayment = db.Model.FindEntityType(typeof(Repayment))!;
            var columns = repayment.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
            // in key order: each statement's rows go to neighbouring leaf pages of the primary key (ids are random)
            foreach (var chunk in repayments.OrderBy(r => r.Id.ToString(), StringComparer.Ordinal).Chunk(RowsPerStatement))
            {
                var parameters = new List<DbParameter>();
                var sql = new StringBuilder($"INSERT INTO {repayment.GetTableName()} ({string.Join(", ", columns.Select(c => c.GetColumnName()))}) VALUES ");
                foreach (var r in chunk)
                    sql.Append(sql[^1] == ' ' ? "(" : ", (")
                        .Append(string.Join(", ", columns.Select(c => Value(factory, parameters, c, c.GetGetter().GetClrValue(r))))).Append(')');
                statements.Add(new Statement(sql.ToString(), parameters, false));
            }
            if (loans.Count > 0)
                statements.AddRange(_sqlite ? UpdateEachChunk(factory, loans) : UpdateFromTemporaryTable(factory, loans));
        }
        foreach (var loan in loans) _read.Remove(loan);
        return ExecuteAsync(statements, loans.Count, ct);
    }

    /// <summary>A statement to run; counted: the rows it matched are loans updated.</summary>
    private sealed record Statement(string Sql, List<DbParameter> Parameters, bool Counted);

    private async Task ExecuteAsync(List<Statement> statements, int loans, CancellationToken ct)
    {
        var updated = 0;
        foreach (var s in statements)
        {
            var rows = await db.Database.ExecuteSqlRawAsync(s.Sql, s.Parameters, ct);
            if (s.Counted) updated += rows;
        }
        if (updated != loans)
            throw new DbUpdateConcurrencyException($"{loans - updated} of {loans} loans were changed by someone else during the import.");
    }

    /// <summary>SQLite: an UPDATE … FROM (SELECT … UNION ALL …) a chunk of loans, the version checked.</summary>
    private IEnumerable<Statement> UpdateEachChunk(DbCommand factory, IReadOnlyList<Loan> loans)
    {
        var (key, version) = (LoanType.FindPrimaryKey()!.Properties.Single(), LoanType.FindProperty(nameof(Loan.Version))!);
        var (versionAt, table) = (IndexOf(version), LoanType.GetTableName());
        var statements = new List<Statement>();
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
            statements.Add(new Statement(
                $"UPDATE {table} SET {string.Join(", ", set.Select(i => $"{LoanColumns[i].GetColumnName()} = x.c{i}"))} FROM ({values}) AS x " +
                $"WHERE {table}.{k} = x.k AND {table}.{v} = x.v", parameters, true));
        }
        return statements;
    }

    /// <summary>
    /// MariaDB: the loans' new values into a temporary table (multi-row INSERTs), then one UPDATE … JOIN on the key and the version
    /// read. At a million loans, 93,000 changed loans took the server 9.0 s as 465 UPDATE … JOIN (SELECT … UNION ALL …)
    /// statements and 3.9 s this way (docs/performance.md).
    /// </summary>
    private IEnumerable<Statement> UpdateFromTemporaryTable(DbCommand factory, IReadOnlyList<Loan> loans)
    {
        var (key, version) = (LoanType.FindPrimaryKey()!.Properties.Single(), LoanType.FindProperty(nameof(Loan.Version))!);
        var (versionAt, table) = (IndexOf(version), LoanType.GetTableName());
        var read = loans.Select(l => _read[l]).ToList();
        var now = loans.Select(Values).ToList();
        var set = Changed(read, now);
        var (k, v) = (key.GetColumnName(), version.GetColumnName());
        const string changes = "repayment_import_loans";
        var statements = new List<Statement>
        {
            new($"DROP TEMPORARY TABLE IF EXISTS {changes}", [], false),
            new($"CREATE TEMPORARY TABLE {changes} (PRIMARY KEY (k)) SELECT {k} AS k, {v} AS v" +
                string.Concat(set.Select(i => $", {LoanColumns[i].GetColumnName()} AS c{i}")) + $" FROM {table} WHERE 1 = 0", [], false),
        };
        foreach (var chunk in Enumerable.Range(0, loans.Count).Chunk(RowsPerStatement))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder($"INSERT INTO {changes} VALUES ");
            foreach (var r in chunk)
                sql.Append(sql[^1] == ' ' ? "(" : ", (").Append(string.Join(", ",
                    new[] { Value(factory, parameters, key, loans[r].Id), Value(factory, parameters, version, read[r][versionAt]) }
                        .Concat(set.Select(i => Value(factory, parameters, LoanColumns[i], now[r][i]))))).Append(')');
            statements.Add(new Statement(sql.ToString(), parameters, false));
        }
        statements.Add(new Statement($"UPDATE {table} AS t JOIN {changes} AS x ON t.{k} = x.k AND t.{v} = x.v " +
            $"SET {string.Join(", ", set.Select(i => $"t.{LoanColumns[i].GetColumnName()} = x.c{i}"))}", [], true));
        statements.Add(new Statement($"DROP TEMPORARY TABLE {changes}", [], false));
        return statements;
    }

    private object?[] Values(Loan loan) => LoanColumns.Select(p => p.GetGetter().GetClrValue(loan)).ToArray();

    /// <summary>The columns (by index) that differ between what was read and what is now in any of the loans; never the key.</summary>
    private List<int> Changed(List<object?[]> read, List<object?[]> now) =>
        Enumerable.Range(0, LoanColumns.Count).Where(i => !LoanColumns[i].IsPrimaryKey() && read.Zip(now).Any(x => !Equals(x.First[i], x.Second[i]))).ToList();

    private int IndexOf(IProperty property) => LoanColumns.ToList().IndexOf(property);

    /// <summary>
    /// A value of <paramref name="property"/> in a statement: on MariaDB written into the SQL, on SQLite a parameter. MariaDB's
    /// client library binds a parameter by parsing the whole statement and looking up its type (a 200-row INSERT has 1,600):
    /// at a hundred thousand rows that was a tenth of the import's time in the application (docs/performance.md). Ids, amounts,
    /// days and flags are formatted here as the model's type mapping would (ids char(36), amounts decimal, days date); any
    /// other value — an instant, a name — by the mapping itself (<c>GenerateProviderValueSqlLiteral</c>, which escapes
    /// text), remembered for the next row, since the rows of an import share them.
    /// </summary>
    private string Value(DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        if (_sqlite) return Parameter(factory, parameters, property, value);
        if (value is null) return "NULL";
        var mapping = property.GetRelationalTypeMapping();
        var stored = mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        return stored switch
        {
            null => "NULL",
            Guid g when mapping.StoreType == "char(36)" => "'" + g.ToString("D") + "'",
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateOnly d when mapping.StoreType == "date" => "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
            bool b => b ? "TRUE" : "FALSE",
            int or long => Convert.ToString(stored, CultureInfo.InvariantCulture)!,
            _ => Remembered(property, mapping, stored),
        };
    }

    private string Remembered(IProperty property, RelationalTypeMapping mapping, object stored)
    {
        if (_literals.Count > 1_000) _literals.Clear();
        if (!_literals.TryGetValue((property, stored), out var literal)) _literals[(property, stored)] = literal = mapping.GenerateProviderValueSqlLiteral(stored);
        return literal;
    }

    /// <summary>A parameter for a value of <paramref name="property"/>, converted as the model stores it; its name for the SQL.</summary>
    private static string Parameter(DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        var name = "@p" + parameters.Count;
        parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, value, property.IsNullable));
        return name;
    }
}
