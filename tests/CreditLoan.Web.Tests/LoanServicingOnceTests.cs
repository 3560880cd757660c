using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

public sealed class SqliteLoanServicingApp() : StatsApp(TestDatabase.Sqlite);

public sealed class MariaDbLoanServicingApp() : StatsApp(TestDatabase.MariaDb);

/// <summary>
/// What the portal's loan page relies on (docs/portfolio.md): a repayment or an early repayment sent with an Idempotency-Key is
/// recorded once, even sent twice at once; the preview of an early repayment records nothing; the loan list puts the overdue
/// loans first (oldest unpaid due date first), then the rest — active and settled alike — newest disbursal first.
/// </summary>
public abstract class LoanServicingOnceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>120,000 yuan (unless said) over 12 months at 4.35 % 等额本息 for a new enterprise, applied for and disbursed on the clock's day.</summary>
    private Task<string> LoanAsync(BankSetup bank, string productId, string disbursedOn, decimal amount = 120_000m) =>
        LoanAsync(app, bank, productId, disbursedOn, amount);

    internal static async Task<string> LoanAsync(TApp app, BankSetup bank, string productId, string disbursedOn, decimal amount = 120_000m)
    {
        var e = await app.NewEnterpriseAsync();
        var a = await (await e.Client.PostAsJsonAsync("/api/applications", new { productId, amount, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve",
            new { amount, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.OK);
        return (string)(await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse", new { amount, disbursedOn }))
            .ReadJsonAsync(HttpStatusCode.OK))["loanId"]!;
    }

    private static Task<HttpResponseMessage> Post(HttpClient c, string path, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return c.SendAsync(request);
    }

    [Fact]
    public async Task A_keyed_repayment_or_prepayment_is_recorded_once_even_sent_twice_at_once_and_a_preview_records_nothing()
    {
        Now(3, 2);
        var bank = await app.NewBankAsync("丁银行");
        var product = (string)(await bank.Officer.CreateProductAsync())["id"]!;
        var loan = await LoanAsync(bank, product, "2026-03-02");
        var other = await LoanAsync(bank, product, "2026-03-02");
        Now(3, 10);

        // the preview: fewer instalments at the same payment, the prepayment a row of its own; nothing recorded
        var preview = await Get(bank.Officer, $"/api/loans/{other}/prepayments/preview?amount=60000&paidOn=2026-03-10&mode=ShortenTerm");
        Assert.Equal(12, (int)preview["instalmentsBefore"]!);
        Assert.InRange((int)preview["instalmentsAfter"]!, 1, 11);
        Assert.Equal((decimal)preview["nextPaymentBefore"]!, (decimal)preview["nextPaymentAfter"]!);
        Assert.True((decimal)preview["interestAfter"]! < (decimal)preview["interestBefore"]!);
        Assert.Equal(60_000m, (decimal)preview["outstandingPrincipalAfter"]!);
        Assert.Single(preview["schedule"]!.AsArray(), r => (bool)r!["isPrepayment"]!);
        var refused = await bank.Officer.GetAsync($"/api/loans/{other}/prepayments/preview?amount=200000&paidOn=2026-03-10&mode=ShortenTerm");
        Assert.Contains("amount", (await refused.ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["errors"]!.ToJsonString());
        Assert.Empty((await Get(bank.Officer, $"/api/loans/{other}"))["repayments"]!.AsArray());

        // one key sent twice at once, then again: one repayment, the same answer each time
        var path = $"/api/loans/{loan}/repayments";
        var twins = await Task.WhenAll(Post(bank.Officer, path, new { amount = 500m, paidOn = "2026-03-10" }, "form-1"),
            Post(bank.Officer, path, new { amount = 500m, paidOn = "2026-03-10" }, "form-1"));
        var ids = new List<string>();
        foreach (var r in twins) ids.Add((string)(await r.ReadJsonAsync(HttpStatusCode.Created))["id"]!);
        ids.Add((string)(await (await Post(bank.Officer, path, new { amount = 500m, paidOn = "2026-03-10" }, "form-1")).ReadJsonAsync(HttpStatusCode.Created))["id"]!);
        Assert.Single(ids.Distinct());
        Assert.Single((await Get(bank.Officer, $"/api/loans/{loan}"))["repayments"]!.AsArray());
        // the same key for another amount is refused naming it; without a key, two posts are two repayments
        var reused = await Post(bank.Officer, path, new { amount = 600m, paidOn = "2026-03-10" }, "form-1");
        Assert.Contains("Idempotency-Key", (await reused.ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["errors"]!.ToJsonString());
        await (await Post(bank.Officer, path, new { amount = 500m, paidOn = "2026-03-10" }, null)).ReadJsonAsync(HttpStatusCode.Created);
        await (await Post(bank.Officer, path, new { amount = 500m, paidOn = "2026-03-10" }, null)).ReadJsonAsync(HttpStatusCode.Created);
        var repaid = await Get(bank.Officer, $"/api/loans/{loan}");
        Assert.Equal(3, repaid["repayments"]!.AsArray().Count);
        Assert.Equal(1_500m, (decimal)repaid["paidTotal"]!);

        // an early repayment sent twice at once with one key: one prepayment, both answered with the new schedule
        var prepay = $"/api/loans/{other}/prepayments";
        var body = new { amount = 60_000m, paidOn = "2026-03-10", mode = "ShortenTerm" };
        var answers = await Task.WhenAll(Post(bank.Officer, prepay, body, "prepay-1"), Post(bank.Officer, prepay, body, "prepay-1"));
        foreach (var r in answers) Assert.Equal(60_000m, (decimal)(await r.ReadJsonAsync(HttpStatusCode.Created))["outstandingPrincipal"]!);
        var prepaid = await Get(bank.Officer, $"/api/loans/{other}");
        Assert.Single(prepaid["repayments"]!.AsArray());
        Assert.Equal((int)preview["instalmentsAfter"]! + 1, prepaid["schedule"]!.AsArray().Count);      // as the preview said, and the prepayment's row
        var verify = await Get(await app.BureauAsync(), "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }

}

public sealed class SqliteLoanListApp() : StatsApp(TestDatabase.Sqlite);

public sealed class MariaDbLoanListApp() : StatsApp(TestDatabase.MariaDb);

/// <summary>The loan list's order (its own platform: the clock only goes forward).</summary>
public abstract class LoanListOrderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    private Task<string> LoanAsync(BankSetup bank, string productId, string disbursedOn, decimal amount = 120_000m) =>
        LoanServicingOnceTests<TApp>.LoanAsync(app, bank, productId, disbursedOn, amount);

    [Fact]
    public async Task The_list_puts_overdue_loans_first_then_the_rest_newest_disbursal_first()
    {
        Now(3, 2);
        var bank = await app.NewBankAsync("戊银行");
        var product = (string)(await bank.Officer.CreateProductAsync())["id"]!;
        var overdueLonger = await LoanAsync(bank, product, "2026-03-02");        // first due 2 April
        Now(3, 3);
        var settled = await LoanAsync(bank, product, "2026-03-03", 80_000m);
        var owed = (decimal)(await Get(bank.Officer, $"/api/loans/{settled}"))["outstanding"]!;
        await (await bank.Officer.PostAsJsonAsync($"/api/loans/{settled}/repayments", new { amount = owed, paidOn = "2026-03-03" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Now(3, 5);
        var overdue = await LoanAsync(bank, product, "2026-03-05");              // first due 5 April
        Now(4, 1);
        var active = await LoanAsync(bank, product, "2026-04-01");
        Now(4, 10);
        var newest = await LoanAsync(bank, product, "2026-04-10");

        Now(4, 20);
        var list = (await Get(bank.Officer, "/api/loans?pageSize=50"))["items"]!.AsArray();
        Assert.Equal([overdueLonger, overdue, newest, active, settled], list.Select(i => (string)i!["id"]!));
        Assert.Equal(["Overdue", "Overdue", "Active", "Active", "Settled"], list.Select(i => (string)i!["status"]!));
        Assert.Equal([18, 15, 0, 0, 0], list.Select(i => (int)i!["daysPastDue"]!));
    }
}

public sealed class SqliteLoanServicingOnceTests(SqliteLoanServicingApp app) : LoanServicingOnceTests<SqliteLoanServicingApp>(app);

public sealed class MariaDbLoanServicingOnceTests(MariaDbLoanServicingApp app) : LoanServicingOnceTests<MariaDbLoanServicingApp>(app);

public sealed class SqliteLoanListOrderTests(SqliteLoanListApp app) : LoanListOrderTests<SqliteLoanListApp>(app);

public sealed class MariaDbLoanListOrderTests(MariaDbLoanListApp app) : LoanListOrderTests<MariaDbLoanListApp>(app);
