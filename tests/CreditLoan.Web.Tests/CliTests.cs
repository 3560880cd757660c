using System.Text;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using CreditLoan.Web.Cli;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CreditLoan.Web.Tests;

/// <summary>The operator's command-line import, run in process against its own SQLite file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "creditloan-cli", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        var exit = await CreditLoanCli.RunAsync(args, console, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = _dir,
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_dir, "cli.db")}",
            ["Bootstrap:AdminPassword"] = CreditLoanApp.AdminPassword,
        });
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Import_prints_the_report_and_refuses_what_the_api_refuses()
    {
        var codes = Enumerable.Range(0, 3).Select(_ => TestData.CreditCode()).ToList();
        var registry = Path.Combine(_dir, "registry.csv");
        await File.WriteAllTextAsync(registry, TestData.RegistryHeader + "\n" + string.Join("\n", codes.Select(c => TestData.RegistryRow(c))) + "\nbad,row\n", Encoding.UTF8);
        var (exit, output) = await RunAsync("import", "registry", registry, "--batch-id", "cli-registry-1");
        Assert.Equal(0, exit);
        Assert.Contains("registry", output);
        Assert.Contains("line 5:", output);
        Assert.Matches(@"│\s*3\s*│\s*1\s*│\s*3\s*│\s*3\s*│", output); // accepted, rejected, changed, profiles

        var tax = Path.Combine(_dir, "tax.jsonl");
        await File.WriteAllTextAsync(tax, string.Join("\n", codes.Select(c => $"{{\"creditCode\":\"{c}\",\"year\":2025,\"rating\":\"A\"}}")));
        (exit, output) = await RunAsync("import", "tax", tax, "--batch-id", "cli-tax-1");
        Assert.Equal(0, exit);
        Assert.Matches(@"│\s*3\s*│\s*0\s*│\s*3\s*│\s*3\s*│", output);

        (exit, output) = await RunAsync("import", "tax", tax, "--batch-id", "cli-tax-1");
        Assert.Contains("yes (nothing changed)", output);

        (exit, output) = await RunAsync("import", "tax", registry, "--batch-id", "cli-tax-2");
        Assert.Equal(1, exit);
        Assert.Contains("creditCode,year,rating", output);

        (exit, output) = await RunAsync("import", "weather", registry, "--batch-id", "x");
        Assert.Equal(1, exit);
        Assert.Contains("dataset", output);

        (exit, _) = await RunAsync("import", "tax", Path.Combine(_dir, "missing.csv"), "--batch-id", "x");
        Assert.Equal(2, exit);
        (exit, _) = await RunAsync("import", "tax", tax);
        Assert.NotEqual(0, exit); // --batch-id is required
    }
}
