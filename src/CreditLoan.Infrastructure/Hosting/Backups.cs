using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace CreditLoan.Infrastructure.Hosting;

/// <summary>What a backup copy holds: its integrity check, its schema's latest migration and the rows of the main tables.</summary>
public sealed record BackupSummary(string File, long Bytes, string Integrity, string? LatestMigration, IReadOnlyList<(string Table, long Rows)> Tables);

/// <summary>The operator's backup (docs/operations.md, "Backups"): the database the configuration names, copied while it serves.</summary>
public static class Backups
{
    /// <summary>Whether the configured database is the embedded SQLite file (MariaDB is backed up with its own tools).</summary>
    public static bool IsSqlite(IConfiguration configuration) => Options(configuration).Provider == DatabaseProvider.Sqlite;

    /// <summary>A consistent copy of the configured SQLite database in <paramref name="target"/>, and what it holds.</summary>
    public static Task<BackupSummary> BackUpAsync(IConfiguration configuration, string target, CancellationToken ct)
    {
        var connectionString = configuration.GetConnectionString("Default") is { Length: > 0 } cs
            ? cs
            : $"Data Source={Path.Combine(Path.GetFullPath(Options(configuration).DataDirectory), "creditloan.db")}";
        return SqliteBackup.BackUpAsync(connectionString, target, ct);
    }

    private static DatabaseOptions Options(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
