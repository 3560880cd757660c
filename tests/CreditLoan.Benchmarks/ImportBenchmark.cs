using System.Diagnostics;
using System.Text;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Testing;

namespace CreditLoan.Benchmarks;

/// <summary>
/// Imports of generated N-row CSV files through the real handler (parsing, checks, change detection, bulk upserts,
/// credit-profile recomputation), on SQLite or on a throwaway MariaDB. Reports rows/s and the peak working set.
/// The registry file is imported first (it creates the profiles); then, when asked, a tax file for the same codes,
/// whose every row changes a grade input and so recomputes every profile.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(string provider, int rows, bool withTax)
    {
        var database = provider.Equals("mariadb", StringComparison.OrdinalIgnoreCase) ? TestDatabase.MariaDb : TestDatabase.Sqlite;
        var registryFile = Path.Combine(Path.GetTempPath(), $"registry-{rows}.csv");
        var taxFile = Path.Combine(Path.GetTempPath(), $"tax-{rows}.csv");
        if (!File.Exists(registryFile) || !File.Exists(taxFile))
        {
            Console.WriteLine($"Generating {rows:N0} registry rows and {rows:N0} tax rows ...");
            await using var registry = new StreamWriter(registryFile, false, new UTF8Encoding(false));
            await using var tax = new StreamWriter(taxFile, false, new UTF8Encoding(false));
            await registry.WriteLineAsync(TestData.RegistryHeader);
            await tax.WriteLineAsync("creditCode,year,rating");
            string[] ratings = ["A", "B", "M", "C", "D"];
            for (var i = 0; i < rows; i++)
            {
                var code = TestData.CreditCode();
                await registry.WriteLineAsync(TestData.RegistryRow(code, name: $"企业{i}", capital: (i % 1000 * 1000.5m).ToString("0.00")));
                await tax.WriteLineAsync($"{code},2025,{ratings[i % 5]}");
            }
        }
        var host = new SliceHost(database);
        await host.InitializeAsync();
        try
        {
            await ImportAsync(host, database, "registry", registryFile);
            if (withTax) await ImportAsync(host, database, "tax", taxFile);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task ImportAsync(SliceHost host, TestDatabase database, string dataset, string file)
    {
        Process.GetCurrentProcess().Refresh();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var sw = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        var report = await host.SendAsync(TestCurrentUser.Bureau,
            new ImportCreditDataCommand(dataset, "bench-" + Guid.NewGuid().ToString("N")[..8], stream, ImportFormat.Csv));
        sw.Stop();
        var proc = Process.GetCurrentProcess();
        proc.Refresh();
        Console.WriteLine($"provider={database} dataset={dataset} accepted={report.Accepted:N0} rejected={report.Rejected:N0} changed={report.Changed:N0} " +
                          $"profiles_recomputed={report.ProfilesRecomputed:N0} seconds={sw.Elapsed.TotalSeconds:F1} " +
                          $"rows_per_s={report.Accepted / sw.Elapsed.TotalSeconds:N0} peak_working_set_mb={proc.PeakWorkingSet64 / 1024 / 1024} " +
                          $"(before: {before / 1024 / 1024}) file_mb={new FileInfo(file).Length / 1024 / 1024}");
    }
}
