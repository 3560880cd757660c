using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>The database server is killed (SIGKILL) in the middle of a burst of station transactions, then restarted.</summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    private readonly MariaDbServer _server = MariaDbServer.StartDedicated();
    private CreditLoanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new CreditLoanApp(TestDatabase.MariaDb) { DatabaseServer = () => _server };
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        _server.Kill();
    }

    [Fact]
    public async Task Every_acknowledged_transaction_survives_exactly_once_and_the_ledger_balances()
    {
        var bank = await _app.NewBankAsync();
        var bureau = await _app.BureauAsync();
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "翟村服务站", villageCode = "130682101200", partnerBankId = bank.BankId, cashFloatLimit = 10_000_000m })).ReadJsonAsync(HttpStatusCode.Created);
        var stationId = (string)station["id"]!;
        var userName = TestData.UserName("agent");
        (await bureau.PostAsJsonAsync($"/api/stations/{stationId}/users", new { userName, password = Scenarios.Password, displayName = "代办员" })).EnsureSuccessStatusCode();
        var agent = await _app.ClientAsync(userName, Scenarios.Password);
        var account = await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created);
        var accountNo = (string)account["accountNo"]!;

        async Task<HttpResponseMessage?> Deposit(string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/transactions")
            {
                Content = JsonContent.Create(new { type = "CashDeposit", accountNo, amount = 10m }),
            };
            request.Headers.Add("Idempotency-Key", key);
            try
            {
                return await agent.SendAsync(request);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }

        var acknowledged = new ConcurrentDictionary<string, string>(); // key → transaction id
        var attempted = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var key = $"crash-{w}-{i}";
                attempted.Add(key);
                var response = await Deposit(key);
                if (response?.StatusCode == HttpStatusCode.Created)
                    acknowledged[key] = (string)(await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!;
            }
        })).ToList();

        await Task.Delay(1500);
        var beforeKill = acknowledged.Count;
        _server.Kill();
        await Task.Delay(1000);
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        _server.Restart();

        Assert.True(beforeKill > 10, $"the burst acknowledged only {beforeKill} transactions before the kill");
        // every key is retried until it is answered: acknowledged ones must come back with the same transaction
        var final = new Dictionary<string, string>();
        foreach (var key in attempted.Distinct())
        {
            HttpResponseMessage? response = null;
            for (var attempt = 0; attempt < 40 && response?.StatusCode != HttpStatusCode.Created; attempt++)
            {
                response = await Deposit(key);
                if (response?.StatusCode != HttpStatusCode.Created) await Task.Delay(250);
            }
            final[key] = (string)(await response!.ReadJsonAsync(HttpStatusCode.Created))["id"]!;
        }
        foreach (var (key, id) in acknowledged) Assert.Equal(id, final[key]);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stationGuid = Guid.Parse(stationId);
        var transactions = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == stationGuid).Select(t => t.Id).ToListAsync();
        Assert.Equal(final.Count, transactions.Count);                      // exactly once each
        Assert.Equal(final.Values.OrderBy(x => x), transactions.Select(x => x.ToString()).OrderBy(x => x));
        var entries = await db.Postings.AsNoTracking().SelectMany(p => p.Entries).ToListAsync();
        Assert.Equal(entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));
        var customer = await db.LedgerAccounts.AsNoTracking().SingleAsync(a => a.Number == accountNo);
        Assert.Equal(final.Count * 10m, customer.Balance);
        Assert.Equal(customer.Balance, entries.Where(e => e.AccountId == customer.Id).Sum(e => e.Credit - e.Debit));
        var cash = await db.LedgerAccounts.AsNoTracking().SingleAsync(a => a.StationId == stationGuid);
        Assert.Equal(cash.Balance, entries.Where(e => e.AccountId == cash.Id).Sum(e => e.Debit - e.Credit));
    }
}
