using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using CreditLoan.Web.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CreditLoan.Web.Tests;

/// <summary>A platform started on a backup copy: the copy is placed where its database goes before it first starts.</summary>
public sealed class RestoredApp(string backup) : CreditLoanApp(TestDatabase.Sqlite)
{
    protected override Task PrepareDatabaseAsync(string connectionString)
    {
        File.Copy(backup, new SqliteConnectionStringBuilder(connectionString).DataSource);
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>backup FILE</c> (docs/operations.md, "Backups"): a consistent copy of the SQLite database taken while agents post,
/// opened as a platform of its own: every posting acknowledged before the backup began is in it, and its ledger and
/// statistics agree. On MariaDB the command refuses and says how.
/// </summary>
public sealed class BackupTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "creditloan-backup", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Exit, string Output)> CliAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        var exit = await CreditLoanCli.RunAsync(args, console, settings);
        return (exit, output.ToString());
    }

    private Dictionary<string, string?> SameDatabase() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Default"] = app.ConnectionString,
        ["Database:DataDirectory"] = _dir,
    };

    [Fact]
    public async Task A_backup_taken_during_postings_holds_every_acknowledged_posting_and_balances()
    {
        Directory.CreateDirectory(_dir);
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId, cashFloatLimit: 1_000_000m);
        var accounts = new List<string>();
        for (var i = 0; i < 4; i++)
            accounts.Add((string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
                new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!);

        var acknowledged = new ConcurrentDictionary<string, DateTimeOffset>();
        using var stop = new CancellationTokenSource();
        var agents = accounts.Select((account, w) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{station.StationId}/transactions")
                    { Content = JsonContent.Create(new { type = "CashDeposit", accountNo = account, amount = 1.23m }) };
                request.Headers.Add("Idempotency-Key", $"b-{w}-{i}");
                var response = await station.Agent.SendAsync(request);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var tx = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
                acknowledged[(string)tx!["id"]!] = DateTimeOffset.UtcNow;
            }
        })).ToList();

        for (var waited = 0; acknowledged.Count < 40 && waited < 300; waited++) await Task.Delay(100);
        var backupStarted = DateTimeOffset.UtcNow;
        var ackedBefore = acknowledged.Where(a => a.Value < backupStarted).Select(a => a.Key).ToList();
        var file = Path.Combine(_dir, "creditloan-backup.db");
        var (exit, output) = await CliAsync(SameDatabase(), "backup", file);
        await Task.Delay(300);   // postings go on after the copy too
        await stop.CancelAsync();
        await Task.WhenAll(agents);
        Assert.True(exit == 0, output);
        Assert.Contains("Integrity check: ok", output);
        Assert.Matches(@"station_transactions\s*│\s*[\d,]+", output);
        Assert.True(ackedBefore.Count > 10, $"only {ackedBefore.Count} postings before the backup");
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        var restored = new RestoredApp(file);
        await restored.InitializeAsync();
        try
        {
        await using (var scope = restored.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var ids = (await db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.StationId).Select(t => t.Id).ToListAsync())
                .Select(id => id.ToString()).ToHashSet();
            Assert.All(ackedBefore, id => Assert.Contains(id, ids));
            var entries = await db.Postings.AsNoTracking().SelectMany(p => p.Entries).Select(e => new { e.AccountId, e.Debit, e.Credit }).ToListAsync();
            Assert.Equal(entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));
            foreach (var account in await db.LedgerAccounts.AsNoTracking().ToListAsync())
                Assert.Equal(entries.Where(e => e.AccountId == account.Id).Sum(e => account.EffectOf(e.Debit, e.Credit)), account.Balance);
        }
        var verify = await (await (await restored.BureauAsync()).GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        }
        finally
        {
            await ((IAsyncLifetime)restored).DisposeAsync();
        }

        // a backup never overwrites a file
        var (again, refusal) = await CliAsync(SameDatabase(), "backup", file);
        Assert.Equal(1, again);
        Assert.Contains("exists already", refusal);
    }

    [Fact]
    public async Task On_MariaDB_the_command_refuses_and_says_how()
    {
        var (exit, output) = await CliAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:Default"] = "Server=127.0.0.1;Database=none;User ID=root;",
        }, "backup", Path.Combine(_dir, "x.db"));
        Assert.Equal(2, exit);
        Assert.Contains("mariadb-backup", output);
        Assert.Contains("mariadb-dump --single-transaction", output);
        Assert.Contains("docs/operations.md", output);
        Assert.False(File.Exists(Path.Combine(_dir, "x.db")));
    }
}
