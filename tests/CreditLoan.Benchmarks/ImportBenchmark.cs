using System.Diagnostics;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Testing;

namespace CreditLoan.Benchmarks;

/// <summary>
/// Registry import of a generated N-row CSV through the real handler (parsing, checks, bulk upserts), on SQLite
/// or on a throwaway MariaDB. Reports rows/s and the process's peak working set.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(string provider, int rows)
    {
        var database = provider.Equals("mariadb", StringComparison.OrdinalIgnoreCase) ? TestDatabase.MariaDb : TestDatabase.Sqlite;
        var file = Path.Combine(Path.GetTempPath(), $"registry-{rows}.csv");
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            Console.WriteLine($"Generating {rows:N0} rows into {file} ...");
            await using var writer = new StreamWriter(file);
            await writer.WriteLineAsync(TestData.RegistryHeader);
            for (var i = 0; i < rows; i++)
                await writer.WriteLineAsync(TestData.RegistryRow(TestData.CreditCode(), name: $"企业{i}", capital: (i % 1000 * 1000.5m).ToString("0.00")));
        }
        var host = new SliceHost(database);
        await host.InitializeAsync();
        try
        {
            Process.GetCurrentProcess().Refresh();
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var sw = Stopwatch.StartNew();
            await using var stream = File.OpenRead(file);
            var report = await host.SendAsync(TestCurrentUser.Bureau,
                new ImportCreditDataCommand("registry", "bench-" + Guid.NewGuid().ToString("N")[..8], stream, ImportFormat.Csv));
            sw.Stop();
            var proc = Process.GetCurrentProcess();
            proc.Refresh();
            Console.WriteLine($"provider={database} rows={rows:N0} accepted={report.Accepted:N0} rejected={report.Rejected:N0} " +
                              $"seconds={sw.Elapsed.TotalSeconds:F1} rows_per_s={report.Accepted / sw.Elapsed.TotalSeconds:N0} " +
                              $"peak_working_set_mb={proc.PeakWorkingSet64 / 1024 / 1024} (before import: {before / 1024 / 1024}) " +
                              $"file_mb={new FileInfo(file).Length / 1024 / 1024}");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
