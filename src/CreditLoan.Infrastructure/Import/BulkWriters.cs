using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Writes registry rows as upserts in one round trip per chunk: prepared statements on SQLite, multi-row
/// INSERT … ON DUPLICATE KEY UPDATE on MariaDB. EF's change tracker is far too slow for a million rows.
/// </summary>
internal interface IRegistryBulkWriter
{
    Task UpsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<RegistryRow> rows, string batchId,
        DateTimeOffset importedAt, CancellationToken ct);

    /// <summary>Registered enterprises take the registry data this batch brought.</summary>
    Task<int> RefreshEnterprisesAsync(DbConnection connection, DbTransaction transaction, string batchId, CancellationToken ct);
}

internal sealed class SqliteRegistryBulkWriter : IRegistryBulkWriter
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    private const string Upsert = """
        INSERT INTO registry_records (CreditCode, Name, Type, LegalRepresentative, EstablishedOn, RegisteredCapital, Industry, DivisionCode, BatchId, ImportedAt)
        VALUES ($c, $n, $t, $l, $e, $r, $i, $d, $b, $a)
        ON CONFLICT (CreditCode) DO UPDATE SET Name = excluded.Name, Type = excluded.Type, LegalRepresentative = excluded.LegalRepresentative,
          EstablishedOn = excluded.EstablishedOn, RegisteredCapital = excluded.RegisteredCapital, Industry = excluded.Industry,
          DivisionCode = excluded.DivisionCode, BatchId = excluded.BatchId, ImportedAt = excluded.ImportedAt
        """;

    public async Task UpsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<RegistryRow> rows, string batchId,
        DateTimeOffset importedAt, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = Upsert;
        var p = new DbParameter[10];
        string[] names = ["$c", "$n", "$t", "$l", "$e", "$r", "$i", "$d", "$b", "$a"];
        for (var i = 0; i < names.Length; i++)
        {
            p[i] = cmd.CreateParameter();
            p[i].ParameterName = names[i];
            cmd.Parameters.Add(p[i]);
        }
        p[8].Value = batchId;
        p[9].Value = Instant.ConvertToProvider(importedAt);
        cmd.Prepare();
        foreach (var r in rows)
        {
            p[0].Value = r.CreditCode;
            p[1].Value = r.Name;
            p[2].Value = r.Type.ToString();
            p[3].Value = (object?)r.LegalRepresentative ?? DBNull.Value;
            p[4].Value = r.EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[5].Value = r.RegisteredCapital.ToString("0.00", CultureInfo.InvariantCulture);
            p[6].Value = r.Industry;
            p[7].Value = r.DivisionCode;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<int> RefreshEnterprisesAsync(DbConnection connection, DbTransaction transaction, string batchId, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            UPDATE enterprises SET Name = r.Name, Type = r.Type, LegalRepresentative = r.LegalRepresentative, EstablishedOn = r.EstablishedOn,
              RegisteredCapital = r.RegisteredCapital, Industry = r.Industry, DivisionCode = r.DivisionCode
            FROM registry_records AS r WHERE r.CreditCode = enterprises.CreditCode AND r.BatchId = $b
            """;
        var b = cmd.CreateParameter();
        b.ParameterName = "$b";
        b.Value = batchId;
        cmd.Parameters.Add(b);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}

internal sealed class MySqlRegistryBulkWriter : IRegistryBulkWriter
{
    private const int RowsPerStatement = 500;
    private const string Columns = "(CreditCode, Name, Type, LegalRepresentative, EstablishedOn, RegisteredCapital, Industry, DivisionCode, BatchId, ImportedAt)";
    private const string OnDuplicate = """
         ON DUPLICATE KEY UPDATE Name = VALUES(Name), Type = VALUES(Type), LegalRepresentative = VALUES(LegalRepresentative),
          EstablishedOn = VALUES(EstablishedOn), RegisteredCapital = VALUES(RegisteredCapital), Industry = VALUES(Industry),
          DivisionCode = VALUES(DivisionCode), BatchId = VALUES(BatchId), ImportedAt = VALUES(ImportedAt)
        """;

    public async Task UpsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<RegistryRow> rows, string batchId,
        DateTimeOffset importedAt, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO registry_records ").Append(Columns).Append(" VALUES ");
            Add(cmd, "@b", batchId);
            Add(cmd, "@a", importedAt.UtcDateTime);
            for (var k = 0; k < count; k++)
            {
                var r = rows[start + k];
                if (k > 0) sql.Append(',');
                sql.Append($"(@c{k},@n{k},@t{k},@l{k},@e{k},@r{k},@i{k},@d{k},@b,@a)");
                Add(cmd, $"@c{k}", r.CreditCode);
                Add(cmd, $"@n{k}", r.Name);
                Add(cmd, $"@t{k}", r.Type.ToString());
                Add(cmd, $"@l{k}", (object?)r.LegalRepresentative ?? DBNull.Value);
                Add(cmd, $"@e{k}", r.EstablishedOn);
                Add(cmd, $"@r{k}", r.RegisteredCapital);
                Add(cmd, $"@i{k}", r.Industry);
                Add(cmd, $"@d{k}", r.DivisionCode);
            }
            sql.Append(OnDuplicate);
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<int> RefreshEnterprisesAsync(DbConnection connection, DbTransaction transaction, string batchId, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            UPDATE enterprises AS e JOIN registry_records AS r ON r.CreditCode = e.CreditCode
            SET e.Name = r.Name, e.Type = r.Type, e.LegalRepresentative = r.LegalRepresentative, e.EstablishedOn = r.EstablishedOn,
              e.RegisteredCapital = r.RegisteredCapital, e.Industry = r.Industry, e.DivisionCode = r.DivisionCode
            WHERE r.BatchId = @b
            """;
        Add(cmd, "@b", batchId);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
