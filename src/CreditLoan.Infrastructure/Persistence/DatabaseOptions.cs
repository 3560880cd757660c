namespace CreditLoan.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, MySql }

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up; false when DBAs apply the scripts in db/.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Where the SQLite file, the generated JWT key and other local state live.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>MariaDB server version used when the server cannot be asked (design time, scripts).</summary>
    public string MySqlServerVersion { get; set; } = "10.11.0-mariadb";
}
