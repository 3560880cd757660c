using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Application.Features.Loans;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// A platform whose background jobs are off: the tests run the servicing themselves at each hour they set. With the jobs
/// on, each jump of the clock also set off the servicing job within a second, and the two runs raced to tell of the same
/// overdue instalment (the loser failed on the outbox's deduplication key).
/// </summary>
public abstract class PortfolioDayApp : StatsApp
{
    protected PortfolioDayApp(TestDatabase database) : base(database) => Settings["Jobs:Enabled"] = "false";
}

public sealed class SqlitePortfolioDayApp() : PortfolioDayApp(TestDatabase.Sqlite);

public sealed class MariaDbPortfolioDayApp() : PortfolioDayApp(TestDatabase.MariaDb);

/// <summary>
/// The loan rules that turn on the China day (docs/portfolio.md): the due-soon notice, the overdue status, days past due and
/// the notice, the portfolio's "today" and a month's close, each checked on both sides of China's midnight and in the China
/// morning (00:00–08:00, still the previous day in UTC), where a UTC day would give the wrong answer.
/// </summary>
public abstract class PortfolioTimeOfDayTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private Task<LoanServicing.Outcome> Serve() =>
        ActivatorUtilities.CreateInstance<LoanServicingService>(app.Services).RunOnceAsync(CancellationToken.None);

    private async Task<int> Told(string type, string loanId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Outbox.AsNoTracking().Where(m => m.Type == type).Select(m => m.Payload).ToListAsync()).Count(p => p.Contains(loanId));
    }

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Due_soon_overdue_and_month_close_follow_the_China_day_at_every_hour()
    {
        Now(3, 3, 10);
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("丙银行");
        var e = await app.NewEnterpriseAsync();
        var product = await bank.Officer.CreateProductAsync();
        Now(3, 5, 10);
        var a = await (await e.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 120_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve",
            new { amount = 120_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "InterestOnly" })).ReadJsonAsync(HttpStatusCode.OK);
        var loan = (string)(await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse",
            new { amount = 120_000m, disbursedOn = "2026-03-05" })).ReadJsonAsync(HttpStatusCode.OK))["loanId"]!;   // 435.00 interest due 5 April

        // March closes at China's midnight: not at 23:00 on 31 March, at 00:00 on 1 April (16:00 UTC on 31 March)
        Now(3, 31, 23);
        Assert.Equal(0, (await Serve()).MonthsClosed);
        Now(4, 1, 0);
        Assert.Equal(1, (await Serve()).MonthsClosed);

        // told three days before 5 April: not at 23:00 on 1 April, but at 00:00 on 2 April (16:00 UTC on the 1st), once
        Now(4, 1, 23);
        await Serve();
        Assert.Equal(0, await Told("LoanDueSoon", loan));
        Now(4, 2, 0);
        await Serve();
        Assert.Equal(1, await Told("LoanDueSoon", loan));
        Now(4, 2, 7);
        await Serve();
        Assert.Equal(1, await Told("LoanDueSoon", loan));

        // due on 5 April: not late all that China day, late from 00:00 on the 6th (still the 5th in UTC until 08:00)
        foreach (var (day, hour, dpd, status) in new[] { (5, 0, 0, "Active"), (5, 10, 0, "Active"), (5, 23, 0, "Active"), (6, 0, 1, "Overdue"), (6, 7, 1, "Overdue") })
        {
            Now(4, day, hour);
            var l = await Get(bank.Officer, $"/api/loans/{loan}");
            Assert.True((dpd, status) == ((int)l["daysPastDue"]!, (string)l["status"]!), $"4-{day} {hour}:00 China: {l["daysPastDue"]} {l["status"]}");
            var p = await Get(bureau, "/api/stats/portfolio");                       // as of China's today
            Assert.Equal($"2026-04-{day:00}", (string)p["asOf"]!);
            Assert.Equal(dpd == 0 ? 0m : 120_000m, (decimal)p["totals"]!["dpd1To30"]!);
            await Serve();
            Assert.Equal(dpd == 0 ? 0 : 1, await Told("LoanOverdue", loan));
        }
        Assert.Equal("2026-04-05", (string)(await Get(e.Client, $"/api/loans/{loan}"))["schedule"]!.AsArray()[0]!["dueDate"]!);

        // paid at 07:00 on 6 April (23:00 UTC on the 5th): dated the 6th, the loan is current again
        await (await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/repayments", new { amount = 435m, paidOn = "2026-04-06" })).ReadJsonAsync(HttpStatusCode.Created);
        var now = await Get(bank.Officer, $"/api/loans/{loan}");
        Assert.Equal((0, "Active", "2026-05-05"), ((int)now["daysPastDue"]!, (string)now["status"]!, (string)now["nextDueDate"]!));
        await (await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/repayments", new { amount = 1m, paidOn = "2026-04-07" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);                     // the 7th is tomorrow in China

        // April closes at China's midnight: not at 23:00 on 30 April, at 00:00 on 1 May (16:00 UTC on 30 April)
        Now(4, 30, 23);
        Assert.Equal(0, (await Serve()).MonthsClosed);
        await (await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/prepayments", new { amount = 10_000m, paidOn = "2026-04-30", mode = "LowerInstallment" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Now(5, 1, 0);
        Assert.Equal(1, (await Serve()).MonthsClosed);                              // April
        var refused = await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/prepayments", new { amount = 10_000m, paidOn = "2026-04-30", mode = "LowerInstallment" });
        Assert.Contains("paidOn", (await refused.ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["errors"]!.ToJsonString());
        var april = await Get(bureau, "/api/stats/portfolio?asOf=2026-04-30");
        Assert.Equal(110_000m, (decimal)april["totals"]!["outstanding"]!);
        Assert.Equal("2026-05-01", (string)(await Get(bureau, "/api/stats/portfolio"))["asOf"]!);
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqlitePortfolioTimeOfDayTests(SqlitePortfolioDayApp app) : PortfolioTimeOfDayTests<SqlitePortfolioDayApp>(app);

public sealed class MariaDbPortfolioTimeOfDayTests(MariaDbPortfolioDayApp app) : PortfolioTimeOfDayTests<MariaDbPortfolioDayApp>(app);
