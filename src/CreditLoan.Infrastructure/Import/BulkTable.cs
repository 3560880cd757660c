using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CreditLoan.Infrastructure.Import;

public enum ColumnKind { Text, Int, Decimal, Date, Bool, Instant }

/// <param name="Increment">On conflict the stored value is incremented instead of replaced (a revision counter).</param>
public sealed record BulkColumn(string Name, ColumnKind Kind, bool Key = false, bool Increment = false);

/// <summary>A table written in bulk: its columns (keys first), read back and compared before writing.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public IEnumerable<BulkColumn> Keys => Columns.Where(c => c.Key);

    /// <summary>Column positions that identify a row (the key).</summary>
    public int[] KeyIndexes { get; } = Columns.Select((c, i) => (c, i)).Where(x => x.c.Key).Select(x => x.i).ToArray();

    /// <summary>A value's canonical text, equal for equal values whatever the provider returned.</summary>
    public static string Canonical(ColumnKind kind, object? value) => value switch
    {
        null or DBNull => "\0",
        _ => kind switch
        {
            ColumnKind.Date => value switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            },
            ColumnKind.Decimal => (value is decimal m ? m : decimal.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture))
                .ToString("0.00########", CultureInfo.InvariantCulture),
            ColumnKind.Bool => value switch
            {
                bool b => b ? "1" : "0",
                _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? "1" : "0",
            },
            ColumnKind.Int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        },
    };

    public string KeyOf(object?[] row) => string.Join('\u001f', KeyIndexes.Select(i => Canonical(Columns[i].Kind, row[i])));

    /// <summary>The canonical text of the columns that matter for "did it change" (not the batch bookkeeping).</summary>
    public string ContentOf(object?[] row, int compareCount) =>
        string.Join('\u001f', Enumerable.Range(0, compareCount).Select(i => Canonical(Columns[i].Kind, row[i])));
}

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

/// <summary>SQLite stores dates and decimals as text (as EF Core does) and instants as UTC ticks (UtcInstantConverter).</summary>
internal sealed class SqliteBulkSql : BulkSqlBase
{
    private readonly Dictionary<(string, int), string> _sql = new();

    protected override string P(string name) => "$" + name;

    /// <summary>SQLite binds parameters by a linear name search, so hundreds of them cost more than the look-ups: one JSON array instead.</summary>
    protected override string CodeList(DbCommand cmd, string[] codes)
    {
        Add(cmd, "$codes", System.Text.Json.JsonSerializer.Serialize(codes));
        return "SELECT value FROM json_each($codes)";
    }

    protected override int CodesPerRead => 10_000;

    /// <summary>
    /// One prepared single-row statement, re-bound per row: SQLite runs it in-process, so a round trip costs nothing,
    /// while large multi-row statements are slow to bind (about 10× slower, measured).
    /// </summary>
    public override async Task UpsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = UpsertSql(table, 1);
        var parameters = new DbParameter[table.Columns.Count];
        for (var c = 0; c < parameters.Length; c++)
        {
            parameters[c] = cmd.CreateParameter();
            parameters[c].ParameterName = P($"p0_{c}");
            cmd.Parameters.Add(parameters[c]);
        }
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var c = 0; c < parameters.Length; c++) parameters[c].Value = ToProvider(table.Columns[c].Kind, row[c]);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    protected override object ToProvider(ColumnKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        _ => kind switch
        {
            ColumnKind.Date => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ColumnKind.Decimal => ((decimal)value).ToString(CultureInfo.InvariantCulture),
            ColumnKind.Bool => (bool)value ? 1L : 0L,
            ColumnKind.Instant => Persistence.UtcInstantConverter.ToStore((DateTimeOffset)value),
            _ => value,
        },
    };

    protected override string UpsertSql(BulkTable table, int rowCount)
    {
        lock (_sql)
        {
            if (_sql.TryGetValue((table.Name, rowCount), out var cached)) return cached;
            var keys = string.Join(", ", table.Keys.Select(c => c.Name));
            var updates = string.Join(", ", table.Columns.Where(c => !c.Key)
                .Select(c => c.Increment ? $"{c.Name} = {table.Name}.{c.Name} + 1" : $"{c.Name} = excluded.{c.Name}"));
            var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES {ValuesList(table, rowCount)} " +
                      $"ON CONFLICT ({keys}) DO UPDATE SET {updates}";
            return _sql[(table.Name, rowCount)] = sql;
        }
    }
}

/// <summary>MariaDB/MySQL: native types through MySqlConnector, INSERT … ON DUPLICATE KEY UPDATE.</summary>
internal sealed class MySqlBulkSql : BulkSqlBase
{
    private readonly Dictionary<(string, int), string> _sql = new();

    protected override string P(string name) => "@" + name;

    protected override object ToProvider(ColumnKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => instant.UtcDateTime,
        _ => value,
    };

    protected override string UpsertSql(BulkTable table, int rowCount)
    {
        lock (_sql)
        {
            if (_sql.TryGetValue((table.Name, rowCount), out var cached)) return cached;
            var updates = string.Join(", ", table.Columns.Where(c => !c.Key)
                .Select(c => c.Increment ? $"{c.Name} = {c.Name} + 1" : $"{c.Name} = VALUES({c.Name})"));
            var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES {ValuesList(table, rowCount)} " +
                      $"ON DUPLICATE KEY UPDATE {updates}";
            return _sql[(table.Name, rowCount)] = sql;
        }
    }
}
