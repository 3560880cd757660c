using CreditLoan.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;

namespace CreditLoan.Infrastructure.Persistence;


/// <summary>
/// A consistent copy of the SQLite database while the platform serves (docs/operations.md, "Backups"): SQLite's online
/// backup API copies every page under one read transaction, so the copy is the database as of one instant — every
/// transaction committed before it, none after — and writers go on meanwhile (WAL). The copy is written beside the
/// target and renamed into place, readable by its owner only, then opened and checked.
/// </summary>
public static class SqliteBackup
{
    /// <summary>The tables a summary counts, in the order an operator reads them.</summary>
    public static readonly string[] SummaryTables =
    [
        "users", "banks", "stations", "enterprises", "products", "needs", "applications", "loans", "loan_repayments",
        "ledger_accounts", "postings", "ledger_entries", "station_transactions", "station_days", "audit_log", "outbox",
    ];

    public static async Task<BackupSummary> BackUpAsync(string connectionString, string destination, CancellationToken ct)
    {
        destination = Path.GetFullPath(destination);
        if (File.Exists(destination)) throw new IOException($"{destination} exists already; choose a new file (a backup never overwrites one).");
        var directory = Path.GetDirectoryName(destination)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"The folder {directory} does not exist.");
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (!File.Exists(source.DataSource)) throw new FileNotFoundException($"There is no database at {source.DataSource}.", source.DataSource);

        var partial = Path.Combine(directory, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            PrivateFiles.File(partial); // 0600 before a single page is copied into it
            await using (var from = new SqliteConnection(source.ConnectionString))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString))
            {
                await from.OpenAsync(ct);
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                // a copy stands alone: no -wal file beside it
                await using var journal = to.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE;";
                await journal.ExecuteNonQueryAsync(ct);
            }
            File.Move(partial, destination);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
        return await SummarizeAsync(destination, ct);
    }

    public static async Task<BackupSummary> SummarizeAsync(string file, CancellationToken ct)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await db.OpenAsync(ct);
        async Task<object?> Scalar(string sql)
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            return await cmd.ExecuteScalarAsync(ct);
        }
        var integrity = Convert.ToString(await Scalar("PRAGMA integrity_check;")) ?? "";
        var migration = Convert.ToString(await Scalar("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1"));
        var tables = new List<(string, long)>();
        foreach (var table in SummaryTables)
            tables.Add((table, Convert.ToInt64(await Scalar($"SELECT COUNT(*) FROM {table}"))));
        return new BackupSummary(file, new FileInfo(file).Length, integrity, migration, tables);
    }
}
