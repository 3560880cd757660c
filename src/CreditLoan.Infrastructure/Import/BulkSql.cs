using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Provider-specific bulk SQL: reads the existing rows of a set of credit codes and upserts rows, each call one
/// round trip per few hundred rows (SQLite: one prepared statement reused; MariaDB: multi-row statements).
/// </summary>
public interface IBulkSql
{
    Task<List<object?[]>> ReadByCreditCodesAsync(DbConnection connection, DbTransaction? transaction, BulkTable table,
        IReadOnlyCollection<string> creditCodes, CancellationToken ct);

    Task UpsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object?[]> rows, CancellationToken ct);

    Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken ct);
}

internal abstract class BulkSqlBase : IBulkSql
{
    protected virtual int CodesPerRead => 900;

    protected abstract string P(string name);
    protected abstract object ToProvider(ColumnKind kind, object? value);
    protected abstract string UpsertSql(BulkTable table, int rowCount);

    public async Task<List<object?[]>> ReadByCreditCodesAsync(DbConnection connection, DbTransaction? transaction, BulkTable table,
        IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        var result = new List<object?[]>();
        if (creditCodes.Count == 0 || !await HasRowsAsync(connection, transaction, table, ct)) return result;
        foreach (var part in creditCodes.Chunk(CodesPerRead))
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name} WHERE CreditCode IN ({CodeList(cmd, part)})";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[table.Columns.Count];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                result.Add(row);
            }
        }
        return result;
    }

    /// <summary>An empty table needs no look-ups (a dataset the bureau has not imported yet).</summary>
    private static async Task<bool> HasRowsAsync(DbConnection connection, DbTransaction? transaction, BulkTable table, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"SELECT 1 FROM {table.Name} LIMIT 1";
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>The SQL list of codes for <c>IN (…)</c>, with its parameters added to the command.</summary>
    protected virtual string CodeList(DbCommand cmd, string[] codes)
    {
        var names = codes.Select((_, i) => P("c" + i)).ToArray();
        for (var i = 0; i < codes.Length; i++) Add(cmd, names[i], codes[i]);
        return string.Join(',', names);
    }

    public virtual async Task UpsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        const int rowsPerStatement = 200;
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = UpsertSql(table, count);
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < table.Columns.Count; c++) Add(cmd, P($"p{r}_{c}"), ToProvider(table.Columns[c].Kind, row[c]));
            }
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) Add(cmd, P(name), value);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    protected string ValuesList(BulkTable table, int rowCount)
    {
        var sb = new StringBuilder();
        for (var r = 0; r < rowCount; r++)
        {
            if (r > 0) sb.Append(',');
            sb.Append('(').Append(string.Join(',', table.Columns.Select((_, c) => P($"p{r}_{c}")))).Append(')');
        }
        return sb.ToString();
    }

    protected static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
