using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CreditLoan.Infrastructure.Import;

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
