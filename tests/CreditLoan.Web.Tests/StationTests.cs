using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Ledger;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>A day at a bank-shared village station through the HTTP contract, on both databases.</summary>
public abstract class StationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private sealed record StationSetup(BankSetup Bank, Guid StationId, HttpClient Agent);

    private async Task<StationSetup> SetupAsync(decimal floatLimit = 50_000m)
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId, cashFloatLimit: floatLimit);
        return new StationSetup(bank, station.StationId, station.Agent);
    }

    private static async Task<string> OpenAccountAsync(HttpClient officer, Guid bankId, decimal opening = 0m, string holder = "王大爷")
    {
        var account = await (await officer.PostAsJsonAsync($"/api/banks/{bankId}/accounts",
            new { holderName = holder, idNumber = "11010519491231002X", openingBalance = opening })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("110***********002X", (string)account["idNumberMasked"]!);
        return (string)account["accountNo"]!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient agent, Guid stationId, string path, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return agent.SendAsync(request);
    }

    private static object Tx(string type, string accountNo, decimal amount, string? to = null, string? billNo = null, string? payee = null) =>
        new { type, accountNo, amount, toAccountNo = to, billNo, payee };

    private async Task<(decimal Debits, decimal Credits)> LedgerTotalsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.Postings.AsNoTracking().SelectMany(p => p.Entries).Select(e => new { e.Debit, e.Credit }).ToListAsync();
        return (entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));
    }

    [Fact]
    public async Task A_day_at_the_station_adds_up_to_the_fen()
    {
        var s = await SetupAsync();
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 500m);
        var li = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 0m, "李大娘");

        var replenished = await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 10_000m }, "k-rep")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(10_000m, (decimal)replenished["stationCashAfter"]!);
        var deposit = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 1_234.56m), "k-dep")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1_734.56m, (decimal)deposit["balanceAfter"]!);
        Assert.Equal(11_234.56m, (decimal)deposit["stationCashAfter"]!);
        Assert.StartsWith("R", (string)deposit["receiptNo"]!);
        Assert.Equal(wang[..3] + new string('*', wang.Length - 7) + wang[^4..], (string)deposit["accountNo"]!);

        // the retry of the same request returns the first answer and posts nothing
        var retry = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 1_234.56m), "k-dep")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((string)deposit["id"]!, (string)retry["id"]!);
        var reused = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 1m), "k-dep")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(reused["errors"]!.AsObject().ContainsKey("Idempotency-Key"));

        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 1_500m), "k-w1")).ReadJsonAsync(HttpStatusCode.Created);
        var over = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("PensionWithdrawal", wang, 510m), "k-w2")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("500.00 yuan remain", (string)over["detail"]!);
        var odd = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 15m), "k-w3")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("multiples of 10", (string)odd["detail"]!);
        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("PensionWithdrawal", wang, 100m), "k-w4")).ReadJsonAsync(HttpStatusCode.Created);

        var transfer = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("Transfer", wang, 34.56m, li), "k-t")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(100m, (decimal)transfer["balanceAfter"]!);
        var bill = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("UtilityPayment", wang, 88.8m, billNo: "DF-2026-03-0001", payee: "定州供电公司"), "k-b"))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(11.2m, (decimal)bill["balanceAfter"]!);
        var overdraw = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("Transfer", wang, 11.21m, li), "k-t2")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("only 11.20", (string)overdraw["detail"]!);

        await (await PostAsync(s.Agent, s.StationId, "cash/return", new { amount = 5_000m }, "k-ret")).ReadJsonAsync(HttpStatusCode.Created);
        var cash = await (await s.Bank.Officer.GetAsync($"/api/stations/{s.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(10_000m + 1_234.56m - 1_500m - 100m - 5_000m, (decimal)cash["cash"]!);
        Assert.Equal(50_000m, (decimal)cash["floatLimit"]!);

        var day = await (await s.Agent.GetAsync($"/api/stations/{s.StationId}/transactions?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(7, (int)day["total"]!); // replenish, deposit, 2 withdrawals, transfer, bill, return: nothing from the refusals or the retry
        var receipt = await s.Agent.GetAsync($"/api/stations/{s.StationId}/transactions/{deposit["id"]}/receipt");
        Assert.Contains("1234.56", await receipt.Content.ReadAsStringAsync());
        Assert.Contains("text/html", receipt.Content.Headers.ContentType!.ToString());

        var (debits, credits) = await LedgerTotalsAsync();
        Assert.Equal(debits, credits);

        // each posting, its retry and each refusal left an audit row in the agent's name
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var depositId = (string)deposit["id"]!;
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == "PostStationTransaction" && a.EntityId == depositId).ToListAsync();
        Assert.Equal(2, audit.Count);                                   // the deposit and its retry
        Assert.All(audit, a => Assert.Equal("Succeeded", a.Outcome));
        Assert.All(audit, a => Assert.Equal("agent", a.ActorRole));
        var refused = await db.AuditLog.AsNoTracking().Where(a => a.Action == "PostStationTransaction" && a.Outcome == "Refused" && a.Actor == audit[0].Actor)
            .Select(a => a.Detail).ToListAsync();
        Assert.Contains(refused, d => d!.Contains("multiples of 10"));
        Assert.Contains(refused, d => d!.Contains("only 11.20"));
    }

    [Fact]
    public async Task Reversal_settlement_and_commissions_add_up()
    {
        var s = await SetupAsync();
        (await s.Bank.Officer.PutAsJsonAsync($"/api/banks/{s.Bank.BankId}/settings", new
        {
            withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m,
            commissions = new Dictionary<string, decimal> { ["CashDeposit"] = 0.5m, ["CashWithdrawal"] = 1.2m },
        })).EnsureSuccessStatusCode();
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 300m);
        await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 5_000m }, "e-rep")).ReadJsonAsync(HttpStatusCode.Created);
        var d1 = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 100m), "e-d1")).ReadJsonAsync(HttpStatusCode.Created);
        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 200m), "e-d2")).ReadJsonAsync(HttpStatusCode.Created);
        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 50m), "e-w1")).ReadJsonAsync(HttpStatusCode.Created);

        var reversal = await (await PostAsync(s.Agent, s.StationId, $"transactions/{d1["id"]}/reverse", new { }, "e-rev")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Reversal", (string)reversal["type"]!);
        Assert.Equal(450m, (decimal)reversal["balanceAfter"]!);            // 300 + 100 + 200 − 50 − 100
        Assert.Equal(5_150m, (decimal)reversal["stationCashAfter"]!);
        var again = await (await PostAsync(s.Agent, s.StationId, $"transactions/{d1["id"]}/reverse", new { }, "e-rev2")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Reversed", (string)again["currentState"]!);
        var replay = await (await PostAsync(s.Agent, s.StationId, $"transactions/{d1["id"]}/reverse", new { }, "e-rev")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((string)reversal["id"]!, (string)replay["id"]!);

        var statement = await (await s.Bank.Officer.GetAsync($"/api/stations/{s.StationId}/commissions?month={DateTime.UtcNow.AddHours(8):yyyy-MM}"))
            .ReadJsonAsync(HttpStatusCode.OK);
        var lines = statement["items"]!.AsArray().ToDictionary(i => (string)i!["type"]!, i => i!.AsObject());
        Assert.Equal(1, (int)lines["CashDeposit"]["count"]!);           // the reversed deposit does not count
        Assert.Equal(0.5m, (decimal)lines["CashDeposit"]["commission"]!);
        Assert.Equal(1.2m, (decimal)lines["CashWithdrawal"]["commission"]!);
        Assert.Equal(1.7m, (decimal)statement["total"]!);

        var cash = await (await s.Agent.GetAsync($"/api/stations/{s.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        var businessDate = (string)cash["businessDate"]!;
        var settlement = await (await s.Agent.PostAsJsonAsync($"/api/stations/{s.StationId}/settlements", new { businessDate, countedCash = 5_140m }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(5_150m, (decimal)settlement["expectedCash"]!);
        Assert.Equal(-10m, (decimal)settlement["difference"]!);       // 短款 10 yuan
        Assert.Equal(5, (int)settlement["transactions"]!);
        await (await s.Agent.PostAsJsonAsync($"/api/stations/{s.StationId}/settlements", new { businessDate, countedCash = 5_140m })).ReadJsonAsync(HttpStatusCode.Conflict);

        // the closed day takes no more postings (the next China day opens the next business date: ChinaDayTests), and its
        // transactions cannot be reversed
        var next = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 10m), "e-next")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed for business date " + businessDate, (string)next["detail"]!);
        var closed = await (await PostAsync(s.Agent, s.StationId, "transactions/" + (string)reversal["id"]! + "/reverse", new { }, "e-old"))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed", (string)closed["detail"]!);
        var (debits, credits) = await LedgerTotalsAsync();
        Assert.Equal(debits, credits);
    }

    [Fact]
    public async Task A_settlement_amid_postings_closes_exactly_what_its_date_holds()
    {
        var s = await SetupAsync();
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId);
        await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 1_000m }, "m-rep")).ReadJsonAsync(HttpStatusCode.Created);
        var businessDate = (string)(await (await s.Agent.GetAsync($"/api/stations/{s.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK))["businessDate"]!;
        using var stop = new CancellationTokenSource();
        var refusedAfterClose = 0;
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 1m), $"m-{w}-{i}");
                if (response.StatusCode == HttpStatusCode.Conflict) Interlocked.Increment(ref refusedAfterClose);
                else Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        })).ToList();
        await Task.Delay(400);
        var settlement = await (await s.Agent.PostAsJsonAsync($"/api/stations/{s.StationId}/settlements", new { businessDate, countedCash = 1_000m }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stationId = s.StationId;
        var day = DateOnly.Parse(businessDate);
        var onTheDay = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == stationId && t.BusinessDate == day).CountAsync();
        var later = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == stationId && t.BusinessDate > day).CountAsync();
        Assert.Equal(onTheDay, (int)settlement["transactions"]!);      // nothing landed on the date after it was counted
        Assert.Equal(1_000m + (onTheDay - 1), (decimal)settlement["expectedCash"]!); // the replenishment and one yuan per deposit
        Assert.Equal(0, later);                                         // today is closed: nothing posts until China midnight
        Assert.True(refusedAfterClose > 0, "postings after the close must be refused");
        var (debits, credits) = await LedgerTotalsAsync();
        Assert.Equal(debits, credits);
    }

    [Fact]
    public async Task Jobs_are_listed_by_division()
    {
        var farm = await app.NewEnterpriseAsync();
        var village = TestData.Village(TestData.RandomTownship());
        var job = await (await farm.Client.PostAsJsonAsync("/api/jobs", new { title = "养殖场饲养员", divisionCode = village, salary = "4000-5000元/月", contactPhone = "13812345678" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var anonymous = app.CreateClient();
        var township = await (await anonymous.GetAsync($"/api/jobs?division={village[..9]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(township["items"]!.AsArray(), j => (string)j!["id"]! == (string)job["id"]!);
        var elsewhere = await (await anonymous.GetAsync($"/api/jobs?division={village[..6]}{(village[6..9] == "102" ? "103" : "102")}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(elsewhere["items"]!.AsArray(), j => (string)j!["id"]! == (string)job["id"]!);
        await (await anonymous.GetAsync("/api/jobs?division=12")).ReadJsonAsync(HttpStatusCode.BadRequest);
        var bad = await (await farm.Client.PostAsJsonAsync("/api/jobs", new { title = "", divisionCode = "1306", salary = "" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("divisionCode"));
        var bank = await app.NewBankAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.PostAsJsonAsync("/api/jobs", new { title = "x", divisionCode = village, salary = "1" })).StatusCode);
    }

    [Fact]
    public async Task Refusals_name_the_problem_and_post_nothing()
    {
        var s = await SetupAsync(floatLimit: 1_000m);
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId);
        var noKey = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 10m), null)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noKey["errors"]!.AsObject().ContainsKey("Idempotency-Key"));
        foreach (var amount in new[] { 0m, -5m, 1.001m })
        {
            var bad = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, amount), $"k{amount}")).ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(bad["errors"]!.AsObject().ContainsKey("amount"));
        }
        var unknown = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", "6217999999999999", 10m), "k-u")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(unknown["errors"]!.AsObject().ContainsKey("accountNo"));
        var floatLimit = await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 1_000.01m }, "k-f")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("float limit", (string)floatLimit["detail"]!);
        var empty = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 10m), "k-e")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("only 0.00", (string)empty["detail"]!);
        // a retry of the refused request gets the first answer, even after money arrived in between
        await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 500m }, "k-r")).ReadJsonAsync(HttpStatusCode.Created);
        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 100m), "k-d")).ReadJsonAsync(HttpStatusCode.Created);
        var replayed = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 10m), "k-e")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal((string)empty["detail"]!, (string)replayed["detail"]!);
        var unknownAgain = await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", "6217999999999999", 10m), "k-u")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(unknownAgain["errors"]!.AsObject().ContainsKey("accountNo"));
        await (await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 10m), "k-e2")).ReadJsonAsync(HttpStatusCode.Created); // a new key is a new request

        var other = await SetupAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 10m), "k-o")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Bank.Officer.GetAsync($"/api/stations/{s.StationId}/cash")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(s.Bank.Officer, s.StationId, "transactions", Tx("CashDeposit", wang, 10m), "k-b")).StatusCode);
        var day = await (await s.Agent.GetAsync($"/api/stations/{s.StationId}/transactions")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, (int)day["total"]!); // the replenishment, the deposit and the new withdrawal; none of the refusals
    }

    [Fact]
    public async Task Retries_arriving_together_post_once_and_withdrawals_together_never_overdraw()
    {
        var s = await SetupAsync();
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 1_000m);
        await (await PostAsync(s.Agent, s.StationId, "cash/replenish", new { amount = 20_000m }, "r-0")).ReadJsonAsync(HttpStatusCode.Created);

        using (var start = new Barrier(8))
        {
            var same = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", wang, 100m), "same-key");
            })));
            Assert.All(same, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            var ids = await Task.WhenAll(same.Select(async r => (string)(await r.ReadJsonAsync(HttpStatusCode.Created))["id"]!));
            Assert.Single(ids.Distinct());
        }

        // 1,100 yuan; eight withdrawals of 200 at once: at most five can be paid
        using (var start = new Barrier(8))
        {
            var withdrawals = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashWithdrawal", wang, 200m), $"w-{i}");
            })));
            var paid = withdrawals.Count(r => r.StatusCode == HttpStatusCode.Created);
            Assert.Equal(5, paid);          // the account is locked for each decision: every one of them sees the balance before it
            Assert.All(withdrawals.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = await db.LedgerAccounts.AsNoTracking().SingleAsync(a => a.Number == wang);
            Assert.True(account.Balance >= 0);
            Assert.Equal(1_100m - 200m * paid, account.Balance);
            var entries = await db.Postings.AsNoTracking().SelectMany(p => p.Entries).Where(e => e.AccountId == account.Id).ToListAsync();
            Assert.Equal(account.Balance, entries.Sum(e => e.Credit - e.Debit)); // the balance is what its entries say
        }

        // a daily limit of 500 and plenty of money; eight withdrawals of 100 at once: exactly five are paid
        // (on MariaDB requests arriving together are decided in one group: each sees the withdrawals decided before it)
        (await s.Bank.Officer.PutAsJsonAsync($"/api/banks/{s.Bank.BankId}/settings",
            new { withdrawalLimitPerDay = 500m, withdrawalLimitPerTransaction = 500m, commissions = new { } })).EnsureSuccessStatusCode();
        var li = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 5_000m, "李大娘");
        using (var start = new Barrier(8))
        {
            var withdrawals = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await PostAsync(s.Agent, s.StationId, "transactions", Tx(i % 2 == 0 ? "CashWithdrawal" : "PensionWithdrawal", li, 100m), $"l-{i}");
            })));
            Assert.Equal(5, withdrawals.Count(r => r.StatusCode == HttpStatusCode.Created));
            foreach (var refused in withdrawals.Where(r => r.StatusCode != HttpStatusCode.Created))
                Assert.Contains("0.00 yuan remain today", (string)(await refused.ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["detail"]!);
        }
    }

    [Fact]
    public async Task Postings_arriving_together_at_a_new_station_open_its_cash_once_and_a_refused_one_spoils_none()
    {
        var s = await SetupAsync();
        var wang = await OpenAccountAsync(s.Bank.Officer, s.Bank.BankId, 1_000m);
        using var start = new Barrier(10);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            // no replenishment yet: the first deposit decided opens the station's cash account; one request names no account
            return await PostAsync(s.Agent, s.StationId, "transactions", Tx("CashDeposit", i == 7 ? "6222000000000000000" : wang, 10m + i), $"n-{i}");
        })));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answers[7].StatusCode);
        Assert.All(answers.Where((_, i) => i != 7), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var expected = Enumerable.Range(0, 10).Where(i => i != 7).Sum(i => 10m + i);
        var cash = await (await s.Agent.GetAsync($"/api/stations/{s.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(expected, (decimal)cash["cash"]!);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cashAccounts = await db.LedgerAccounts.AsNoTracking().Where(a => a.StationId == s.StationId).ToListAsync();
        Assert.Single(cashAccounts);
        var account = await db.LedgerAccounts.AsNoTracking().SingleAsync(a => a.Number == wang);
        Assert.Equal(1_000m + expected, account.Balance);
        // each answer's balance is the balance right after its own deposit: together they are the running balances
        var after = (await Task.WhenAll(answers.Where((_, i) => i != 7).Select(async r => (decimal)(await r.ReadJsonAsync(HttpStatusCode.Created))["balanceAfter"]!)))
            .Order().ToList();
        Assert.Equal(1_000m + expected, after[^1]);
        Assert.Equal(9, after.Distinct().Count());
    }
}

public sealed class SqliteStationTests(SqliteApp app) : StationTests<SqliteApp>(app);

public sealed class MariaDbStationTests(MariaDbApp app) : StationTests<MariaDbApp>(app);
