using System.Diagnostics;
using MySqlConnector;

namespace CreditLoan.Benchmarks;

/// <summary>The raw durable single-row insert rate of a MariaDB: N connections, each inserting and committing one row at a time.</summary>
internal static class RawInsertLoop
{
    public static async Task RunAsync(string connectionString, int connections, int seconds)
    {
        await using (var setup = new MySqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var cmd = setup.CreateCommand();
            cmd.CommandText = "CREATE TABLE IF NOT EXISTS raw_inserts (id BIGINT AUTO_INCREMENT PRIMARY KEY, k CHAR(36) NOT NULL, v DECIMAL(18,2) NOT NULL)";
            await cmd.ExecuteNonQueryAsync();
        }
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var total = 0L;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            await using var c = new MySqlConnection(connectionString);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO raw_inserts (k, v) VALUES (@k, 10.00)";
            var k = cmd.Parameters.Add("@k", MySqlDbType.String);
            var n = 0L;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                k.Value = Guid.NewGuid().ToString();
                await cmd.ExecuteNonQueryAsync(); // autocommit: one durable commit per row
                n++;
            }
            Interlocked.Add(ref total, n);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"raw_inserts connections={connections} commits_per_s={total / elapsed:F0}");
    }
}

/// <summary>Verifies the whole ledger: Σ debits = Σ credits, and every account's balance equals its entries; reports the time.</summary>
internal static class LedgerCheck
{
    public static async Task RunAsync(string connectionString)
    {
        await using var c = new MySqlConnection(connectionString);
        await c.OpenAsync();
        var sw = Stopwatch.StartNew();
        await using var cmd = c.CreateCommand();
        cmd.CommandTimeout = 600;
        cmd.CommandText = """
            SELECT (SELECT COUNT(*) FROM ledger_entries), (SELECT COALESCE(SUM(Debit),0) - COALESCE(SUM(Credit),0) FROM ledger_entries),
                   (SELECT COUNT(*) FROM ledger_accounts a
                      LEFT JOIN (SELECT AccountId, SUM(Debit) d, SUM(Credit) cr FROM ledger_entries GROUP BY AccountId) e ON e.AccountId = a.Id
                     WHERE a.Balance <> CASE WHEN a.Kind IN ('StationCash','BankVault','CommissionExpense','CashDifference')
                                             THEN COALESCE(e.d,0) - COALESCE(e.cr,0) ELSE COALESCE(e.cr,0) - COALESCE(e.d,0) END)
            """;
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Console.WriteLine($"ledger_check entries={r.GetInt64(0):N0} debits_minus_credits={r.GetDecimal(1)} accounts_off={r.GetInt64(2)} seconds={sw.Elapsed.TotalSeconds:F2}");
    }
}
