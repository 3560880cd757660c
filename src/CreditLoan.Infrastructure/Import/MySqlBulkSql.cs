using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CreditLoan.Infrastructure.Import;

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
