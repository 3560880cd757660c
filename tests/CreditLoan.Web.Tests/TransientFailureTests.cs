using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The platform on MariaDB where the commit of a transaction that posts a need fails, armed on demand, with the error a
/// Galera certification conflict gives (1213, raised by the server itself with SIGNAL).
/// </summary>
public sealed class FlakyCommitApp : CreditLoanApp
{
    private int _failures;

    public FlakyCommitApp() : base(TestDatabase.MariaDb) =>
        ConfigureTestServices = services => services.ConfigureDbContext<MySqlAppDbContext>(o => o.AddInterceptors(new FailCommits(this)));

    /// <summary>The next <paramref name="count"/> commits that include a financing need fail.</summary>
    public void FailNextCommits(int count) => Volatile.Write(ref _failures, count);

    private sealed class FailCommits(FlakyCommitApp app) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.ChangeTracker.Entries<FinancingNeed>().Any() == true && Interlocked.Decrement(ref app._failures) >= 0)
            {
                await using var signal = transaction.Connection!.CreateCommand();
                signal.Transaction = transaction;
                signal.CommandText = "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when trying to get lock (test: certification conflict)'";
                await signal.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}

/// <summary>Commands rolled back by a deadlock or a certification conflict run again; what is unsure is never run twice (ADR 0007).</summary>
public sealed class TransientFailureTests(FlakyCommitApp app) : IClassFixture<FlakyCommitApp>
{
    private static object Need(string purpose) => new { amount = 50_000m, termMonths = 12, purpose, collateral = "None" };

    private async Task<(int Needs, List<string> Outcomes)> RecordsAsync(string purpose)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var needs = await db.Needs.CountAsync(n => n.Purpose == purpose);
        var since = DateTimeOffset.UtcNow.AddMinutes(-5);
        var outcomes = await db.AuditLog.Where(a => a.Action == "PostNeed" && a.At >= since).OrderBy(a => a.At).Select(a => a.Outcome).ToListAsync();
        return (needs, outcomes);
    }

    [Fact]
    public async Task A_command_whose_commit_lost_a_certification_conflict_runs_again_and_is_stored_once()
    {
        var enterprise = await app.NewEnterpriseAsync();
        var purpose = "重试" + Guid.NewGuid().ToString("N")[..6];
        app.FailNextCommits(2);
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs", Need(purpose))).ReadJsonAsync(HttpStatusCode.Created);
        var (needs, _) = await RecordsAsync(purpose);
        Assert.Equal(1, needs);                                           // three attempts, one need
        var fetched = await (await enterprise.Client.GetAsync($"/api/needs/{need["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(purpose, (string)fetched["purpose"]!);
    }

    [Fact]
    public async Task A_command_that_keeps_losing_is_refused_with_409_and_leaves_nothing()
    {
        var enterprise = await app.NewEnterpriseAsync();
        var purpose = "放弃" + Guid.NewGuid().ToString("N")[..6];
        app.FailNextCommits(Application.Common.RetryPolicy.MaxAttempts);
        var problem = await (await enterprise.Client.PostAsJsonAsync("/api/needs", Need(purpose))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("try again", (string)problem["detail"]!);
        Assert.Equal(0, (await RecordsAsync(purpose)).Needs);
        app.FailNextCommits(0);
    }

    [Fact]
    public async Task Only_failures_that_surely_rolled_back_are_retried_after_the_commit_was_sent()
    {
        var failures = new Application.Common.RetryPolicy(new DatabaseFailures(retriesTransactions: true));
        // a real deadlock between two connections
        var deadlock = await DeadlockAsync();
        Assert.True(failures.MayRetryTransaction(deadlock, 1, commitSent: true));
        // a refused connection: safe before the commit, unknown outcome after it
        var refused = await Assert.ThrowsAsync<MySqlException>(async () =>
        {
            await using var c = new MySqlConnection("Server=127.0.0.1;Port=1;User ID=root;Connection Timeout=2;Pooling=false");
            await c.OpenAsync();
        });
        Assert.True(failures.MayRetryTransaction(refused, 1, commitSent: false));
        Assert.False(failures.MayRetryTransaction(refused, 1, commitSent: true));
        // a duplicate key is an answer, not an accident
        Assert.False(failures.MayRetryTransaction(new DbUpdateException("dup", await DuplicateKeyAsync()), 1, commitSent: false));
        Assert.False(new Application.Common.RetryPolicy(new DatabaseFailures(retriesTransactions: false)).MayRetryTransaction(deadlock, 1, commitSent: false));
    }

    private static async Task<MySqlException> DeadlockAsync()
    {
        var cs = await MariaDbServer.Instance.CreateDatabaseAsync("dl");
        await using (var setup = new MySqlConnection(cs))
        {
            await setup.OpenAsync();
            await using var create = new MySqlCommand("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB; INSERT INTO t VALUES (1,0),(2,0);", setup);
            await create.ExecuteNonQueryAsync();
        }
        await using var a = new MySqlConnection(cs);
        await using var b = new MySqlConnection(cs);
        await a.OpenAsync();
        await b.OpenAsync();
        await using var ta = await a.BeginTransactionAsync();
        await using var tb = await b.BeginTransactionAsync();
        await new MySqlCommand("UPDATE t SET v = 1 WHERE id = 1", a, ta).ExecuteNonQueryAsync();
        await new MySqlCommand("UPDATE t SET v = 1 WHERE id = 2", b, tb).ExecuteNonQueryAsync();
        var first = new MySqlCommand("UPDATE t SET v = 2 WHERE id = 2", a, ta).ExecuteNonQueryAsync();
        await Task.Delay(200);
        var second = new MySqlCommand("UPDATE t SET v = 2 WHERE id = 1", b, tb).ExecuteNonQueryAsync();
        var errors = new List<MySqlException>();
        foreach (var t in new[] { first, second })
        {
            try { await t; } catch (MySqlException e) { errors.Add(e); }
        }
        return Assert.Single(errors, e => e.ErrorCode == MySqlErrorCode.LockDeadlock);
    }

    private static async Task<MySqlException> DuplicateKeyAsync()
    {
        var cs = await MariaDbServer.Instance.CreateDatabaseAsync("dup");
        await using var c = new MySqlConnection(cs);
        await c.OpenAsync();
        await new MySqlCommand("CREATE TABLE t (id INT PRIMARY KEY)", c).ExecuteNonQueryAsync();
        await new MySqlCommand("INSERT INTO t VALUES (1)", c).ExecuteNonQueryAsync();
        return await Assert.ThrowsAsync<MySqlException>(() => new MySqlCommand("INSERT INTO t VALUES (1)", c).ExecuteNonQueryAsync());
    }
}
