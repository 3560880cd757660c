using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CreditLoan.Web.Tests;

public sealed class SqlitePortfolioApp() : StatsApp(TestDatabase.Sqlite);

public sealed class MariaDbPortfolioApp() : StatsApp(TestDatabase.MariaDb);

/// <summary>
/// Loan servicing and the portfolio (docs/portfolio.md) on a county built by hand over March–September 2026, the clock moving
/// month by month: four loans of two banks, on-time and late repayments, a prepayment, a bulk import, a loan crossing 90 days
/// past due, months closed by the servicing job and a repayment reported after its month closed. Every figure is worked out
/// in the comments.
/// </summary>
public abstract class PortfolioTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static Action<JsonObject> Product(string name, string category) => p =>
    {
        p["name"] = name;
        p["category"] = category;
        p["industries"] = new JsonArray();
        p["repaymentMethods"] = new JsonArray("EqualInstallment", "EqualPrincipal", "InterestOnly");
    };

    private async Task<string> Disburse(EnterpriseSetup e, BankSetup bank, JsonObject product, decimal amount, decimal rate, int term, string method,
        int month, int day)
    {
        Now(month, day);
        var a = await (await e.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount, termMonths = term }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve", new { amount, annualRate = rate, termMonths = term, repaymentMethod = method }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var d = await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse", new { amount, disbursedOn = $"2026-{month:00}-{day:00}" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        return (string)d["loanId"]!;
    }

    private async Task Pay(BankSetup bank, string loan, decimal amount, int month, int day)
    {
        Now(month, day);
        await (await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/repayments", new { amount, paidOn = $"2026-{month:00}-{day:00}" }))
            .ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task Serve() => await ActivatorUtilities.CreateInstance<LoanServicingService>(app.Services).RunOnceAsync(CancellationToken.None);

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    private async Task<List<string>> Told(string type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Outbox.AsNoTracking().Where(m => m.Type == type).Select(m => m.Payload).ToListAsync();
    }

    private static JsonObject Row(JsonObject portfolio, string key) => portfolio["items"]!.AsArray().Single(i => (string)i!["key"]! == key)!.AsObject();

    [Fact]
    public async Task A_county_portfolio_over_six_months_reads_exactly_as_worked_out_by_hand()
    {
        Now(3, 3);
        var bureau = await app.BureauAsync();
        var a = await app.NewBankAsync("甲银行");
        var b = await app.NewBankAsync("乙银行");
        var c1 = TestData.CreditCode();
        var e1 = await app.NewEnterpriseAsync(TestData.RegistryRow(c1, industry: "A03", division: "130682101200"), c1);
        var c2 = TestData.CreditCode();
        var e2 = await app.NewEnterpriseAsync(TestData.RegistryRow(c2, name: "定州市恒达机械厂", type: "Company", industry: "C34", division: "130682101201"), c2);
        var c3 = TestData.CreditCode();
        var e3 = await app.NewEnterpriseAsync(TestData.RegistryRow(c3, name: "定州市绿野种植合作社", industry: "A01", division: "130682102202"), c3);
        var pa = await a.Officer.CreateProductAsync(Product("甲-信用贷", "Credit"));
        var pb = await b.Officer.CreateProductAsync(Product("乙-保证贷", "Guarantee"));
        var station = await app.NewStationAsync(a.BankId, "大辛庄服务站", "130682101201");
        await (await e2.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = station.StationId })).ReadJsonAsync(HttpStatusCode.Created);

        var l1 = await Disburse(e1, a, pa, 120_000m, 4.35m, 12, "InterestOnly", 3, 5);     // 435.00 interest a month, due the 5th
        var l2 = await Disburse(e2, a, pa, 60_000m, 6m, 12, "EqualPrincipal", 3, 10);      // 5,000 + 300 first month, due the 10th
        var l3 = await Disburse(e3, b, pb, 100_000m, 4.8m, 12, "InterestOnly", 4, 2);      // 400.00 a month, due the 2nd
        await Pay(a, l1, 435m, 4, 5);
        Now(4, 7);
        await Serve();                                                                     // 10 April is three days away
        Assert.Contains(await Told("LoanDueSoon"), p => p.Contains(l2));
        Assert.DoesNotContain(await Told("LoanDueSoon"), p => p.Contains(l1));             // 5 May is not
        await Pay(a, l2, 5_300m, 4, 10);
        var l4 = await Disburse(e1, b, pb, 30_000m, 5m, 6, "InterestOnly", 4, 20);         // 125.00 a month; e1's second loan: not a first-time borrower
        Assert.Empty((await Get(station.Agent, "/api/loans"))["items"]!.AsArray());        // nothing overdue yet
        await Pay(b, l3, 400m, 5, 2);
        await Pay(a, l1, 435m, 5, 5);
        Now(5, 11);
        await Serve();                                                                     // l2's May instalment is late
        Assert.Contains(await Told("LoanOverdue"), p => p.Contains(l2));
        var agentSees = (await Get(station.Agent, "/api/loans"))["items"]!.AsArray();      // the delegator of its village, overdue
        Assert.Equal(l2, (string)Assert.Single(agentSees)!["id"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await station.Agent.GetAsync($"/api/loans/{l2}")).StatusCode);
        await Pay(b, l4, 125m, 5, 20);
        await Pay(b, l3, 400m, 6, 2);
        await Pay(a, l1, 435m, 6, 5);

        // early repayment of 40,000 on l3: the same months at a lower instalment, 60,000 × 0.4 % = 240.00 interest from July
        Now(6, 15);
        var prepaid = await (await b.Officer.PostAsJsonAsync($"/api/loans/{l3}/prepayments", new { amount = 40_000m, paidOn = "2026-06-15", mode = "LowerInstallment" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(60_000m, (decimal)prepaid["outstandingPrincipal"]!);
        var rows = prepaid["schedule"]!.AsArray();
        Assert.True((bool)rows[2]!["isPrepayment"]!);
        Assert.Equal(240m, (decimal)rows[3]!["interest"]!);
        Assert.Equal(100_000m, rows.Sum(r => (decimal)r!["principal"]!));
        await (await a.Officer.PostAsJsonAsync($"/api/loans/{l3}/prepayments", new { amount = 1m, paidOn = "2026-06-15", mode = "ShortenTerm" }))
            .ReadJsonAsync(HttpStatusCode.NotFound);                                        // another bank's loan
        await Pay(b, l4, 125m, 6, 20);

        // July's repayments in bulk from the banks' core systems
        Now(7, 5);
        var batch = $"loanId,amount,paidOn\n{l1},435.00,2026-07-05\n{l3},240.00,2026-07-02\n{l1},abc,2026-07-05\n";
        var report = await (await a.Officer.PostAsync($"/api/banks/{a.BankId}/repayments/imports?batchId=core-0705",
            new StringContent(batch, Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 2), ((int)report["accepted"]!, (int)report["rejected"]!));
        Assert.Equal([3L, 4L], report["errors"]!.AsArray().Select(e => (long)e!["line"]!));    // bank B's loan, a bad amount
        var again = await (await a.Officer.PostAsync($"/api/banks/{a.BankId}/repayments/imports?batchId=core-0705",
            new StringContent(batch, Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)again["duplicateBatch"]!);
        await (await b.Officer.PostAsync($"/api/banks/{b.BankId}/repayments/imports?batchId=core-0705",
            new StringContent($"loanId,amount,paidOn\n{l3},240.00,2026-07-02\n", Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        await (await b.Officer.PostAsync($"/api/banks/{a.BankId}/repayments/imports?batchId=x", new StringContent(batch))).ReadJsonAsync(HttpStatusCode.NotFound);
        // l4's July interest (20 July) is never paid
        await Pay(b, l3, 240m, 8, 2);
        await Pay(a, l1, 435m, 8, 5);

        // l2 has owed its 10 May instalment since 11 May: 90 days on 8 August, 91 — non-performing — on 9 August, whatever the hour
        foreach (var (day, hour, dpd) in new[] { (8, 10, 90), (8, 23, 90), (9, 0, 91), (9, 7, 91), (9, 16, 91) })
        {
            Now(8, day, hour);
            var loan = await Get(a.Officer, $"/api/loans/{l2}");
            Assert.Equal(dpd, (int)loan["daysPastDue"]!);
            Assert.Equal("Overdue", (string)loan["status"]!);
        }
        var inbox = (await Get(a.Officer, "/api/loans"))["items"]!.AsArray();              // the bank's overdue loans first
        Assert.Equal([l2, l1], inbox.Select(i => (string)i!["id"]!));
        var l2Now = await Get(e2.Client, $"/api/loans/{l2}");
        Assert.Equal(55_000m, (decimal)l2Now["outstandingPrincipal"]!);
        Assert.Equal(["Paid", "Overdue", "Overdue", "Overdue", "Due"], l2Now["schedule"]!.AsArray().Take(5).Select(r => (string)r!["status"]!));
        Assert.Equal("2026-08-10", (string)l2Now["nextDueDate"]!);
        var p8 = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-08");
        var p9 = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-09");
        Assert.Equal((55_000m, 0m), ((decimal)p8["totals"]!["dpd61To90"]!, (decimal)p8["totals"]!["nonPerformingBalance"]!));
        Assert.Equal((0m, 55_000m), ((decimal)p9["totals"]!["dpd61To90"]!, (decimal)p9["totals"]!["nonPerformingBalance"]!));

        Now(9, 2);
        await Serve();                                                                     // March to August are closed
        await AssertAugust(bureau, a);

        // a repayment reported after August closed, paid on 20 August: counted from 1 September; August reads the same
        await (await a.Officer.PostAsJsonAsync($"/api/loans/{l2}/repayments", new { amount = 5_275m, paidOn = "2026-08-20" })).ReadJsonAsync(HttpStatusCode.Created);
        await AssertAugust(bureau, a);
        var today = await Get(bureau, "/api/stats/portfolio");                            // l2 owes from 10 June: 84 days, 50,000
        Assert.Equal((50_000m, 0m), ((decimal)today["totals"]!["dpd61To90"]!, (decimal)today["totals"]!["nonPerformingBalance"]!));
        Assert.Equal(84, (int)(await Get(a.Officer, $"/api/loans/{l2}"))["daysPastDue"]!);
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        Assert.Equal(4, (int)verify["loansChecked"]!);
    }

    private static async Task AssertAugust(HttpClient bureau, BankSetup a)
    {
        // 31 August: l1 120,000 (4.35 %, credit); l2 55,000 (6 %, credit, 113 days); l3 60,000 (4.8 %, guarantee); l4 30,000 (5 %, guarantee, 42 days)
        var p = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-31&by=bank");
        var t = p["totals"]!;
        Assert.Equal(4, (int)t["loans"]!);
        Assert.Equal(265_000m, (decimal)t["outstanding"]!);
        Assert.Equal(0m, (decimal)t["balanceChange"]!);                    // 31 July: the same four balances
        Assert.Equal(0, (int)t["newLoans"]!);
        Assert.Equal(85_000m, (decimal)t["overdueBalance"]!);
        Assert.Equal((0m, 30_000m, 0m, 55_000m), ((decimal)t["dpd1To30"]!, (decimal)t["dpd31To60"]!, (decimal)t["dpd61To90"]!, (decimal)t["nonPerformingBalance"]!));
        Assert.Equal(0.2075m, (decimal)t["nplRatio"]!);                    // 55,000 / 265,000
        Assert.Equal(0.6604m, (decimal)t["creditOnlyShare"]!);             // 175,000 / 265,000
        Assert.Equal(4.8679m, (decimal)t["avgAnnualRate"]!);               // (120,000×4.35 + 55,000×6 + 60,000×4.8 + 30,000×5) / 265,000
        var bankA = Row(p, a.BankId.ToString());
        Assert.Equal(("甲银行", 175_000m, 0.3143m), ((string)bankA["name"]!, (decimal)bankA["outstanding"]!, (decimal)bankA["nplRatio"]!));
        var byTownship = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-31&by=township");
        Assert.Equal((205_000m, 60_000m), ((decimal)Row(byTownship, "130682101")["outstanding"]!, (decimal)Row(byTownship, "130682102")["outstanding"]!));
        var byIndustry = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-31&by=industry");
        Assert.Equal(("农、林、牧、渔业", 210_000m), ((string)Row(byIndustry, "A")["name"]!, (decimal)Row(byIndustry, "A")["outstanding"]!));
        var byCategory = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-31&by=category");
        Assert.Equal((175_000m, 90_000m), ((decimal)Row(byCategory, "Credit")["outstanding"]!, (decimal)Row(byCategory, "Guarantee")["outstanding"]!));
        // by month: March 180,000 (2 new, 2 first-time); April 305,000 (+125,000; l3 and l4: 130,000, one first-time); May 305,000;
        // June 265,000 (−40,000: the prepayment); July, August 265,000
        var months = await Get(bureau, "/api/stats/portfolio?asOf=2026-08-31&by=month");
        Assert.Equal(12, months["items"]!.AsArray().Count);
        Assert.Equal([180_000m, 305_000m, 305_000m, 265_000m, 265_000m, 265_000m],
            months["items"]!.AsArray().Skip(6).Select(m => (decimal)m!["outstanding"]!));
        var april = Row(months, "2026-04");
        Assert.Equal((125_000m, 2, 130_000m, 1), ((decimal)april["balanceChange"]!, (int)april["newLoans"]!, (decimal)april["newAmount"]!, (int)april["firstTimeBorrowers"]!));
        Assert.Equal(2, (int)Row(months, "2026-03")["firstTimeBorrowers"]!);
        Assert.Equal(-40_000m, (decimal)Row(months, "2026-06")["balanceChange"]!);

        var own = await Get(a.Officer, "/api/stats/portfolio?asOf=2026-08-31&by=township");   // a bank sees its own loans only
        Assert.Equal(175_000m, (decimal)Assert.Single(own["items"]!.AsArray())!["outstanding"]!);

        var csv = await bureau.GetAsync("/api/stats/portfolio?asOf=2026-08-31&by=bank&format=csv");
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("key,name,loans,outstanding,", text);
        Assert.Contains("total,合计,4,265000.00,", text);

        var monthly = await Get(bureau, "/api/stats/monthly-return?month=2026-08");
        Assert.Equal((265_000m, 265_000m), ((decimal)monthly["county"]!["outstanding"]!, (decimal)monthly["countyPrevious"]!["outstanding"]!));
        Assert.Equal((55_000m, 0m), ((decimal)monthly["county"]!["nonPerformingBalance"]!, (decimal)monthly["countyPrevious"]!["nonPerformingBalance"]!));
        var xlsx = await bureau.GetAsync("/api/stats/monthly-return?month=2026-08&format=xlsx");
        var sheet = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), sheetName: "全县").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("信易贷平台贷款监测月报（2026年8月）", sheet[0]["A"]);
        Assert.StartsWith("单位：元", (string)sheet[1]["A"]!);
        Assert.Equal(("指标", "2026-08", "2026-07"), (sheet[2]["A"], sheet[2]["B"], sheet[2]["C"]));
        var npl = sheet.Single(r => (string?)r["A"] == "不良贷款余额(逾期90天以上)");
        Assert.Equal((55_000m, 0m), (Convert.ToDecimal(npl["B"]), Convert.ToDecimal(npl["C"])));
    }
}

public sealed class SqlitePortfolioTests(SqlitePortfolioApp app) : PortfolioTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioTests(MariaDbPortfolioApp app) : PortfolioTests<MariaDbPortfolioApp>(app);
