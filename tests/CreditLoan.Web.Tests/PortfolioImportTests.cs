using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Domain.Loans;

namespace CreditLoan.Web.Tests;

/// <summary>
/// A repayment import with several rows of one loan (docs/portfolio.md, "Bulk repayments"): the loans are read untracked and
/// written in bulk, and each loan's rows make one change to the portfolio — the loan before the first row to the loan after
/// the last — not one change per row measured against the loan after all of them.
/// </summary>
public abstract class PortfolioImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>
    /// A bank named <paramref name="name"/>银行, an enterprise in township 130682101 (industry A03) and the bank's 信用贷
    /// product open to every industry with the repayment methods given.
    /// </summary>
    internal static async Task<(BankSetup Bank, EnterpriseSetup Enterprise, JsonObject Product)> CreditProductAsync(TApp app, string name,
        params string[] methods)
    {
        var bank = await app.NewBankAsync($"{name}银行");
        var code = TestData.CreditCode();
        var e = await app.NewEnterpriseAsync(TestData.RegistryRow(code, industry: "A03", division: "130682101200"), code);
        var product = await bank.Officer.CreateProductAsync(p =>
        {
            p["name"] = $"{name}-信用贷";
            p["category"] = "Credit";
            p["industries"] = new JsonArray();
            p["repaymentMethods"] = new JsonArray(methods.Select(m => (JsonNode)m).ToArray());
        });
        return (bank, e, product);
    }

    /// <summary>A loan of <paramref name="amount"/> for 12 months disbursed on the day given (China time, 10:00), through its application.</summary>
    internal static async Task<string> Disburse(TApp app, EnterpriseSetup e, BankSetup bank, JsonObject product, decimal amount, decimal rate, string method,
        int month, int day)
    {
        app.Clock.SetUtcNow(StatsApp.At(month, day, 10));
        var a = await (await e.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve", new { amount, annualRate = rate, termMonths = 12, repaymentMethod = method }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var d = await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse", new { amount, disbursedOn = $"2026-{month:00}-{day:00}" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        return (string)d["loanId"]!;
    }

    [Fact]
    public async Task Several_rows_of_one_loan_in_one_import_count_once_each()
    {
        Now(3, 3);
        var bureau = await app.BureauAsync();
        var (bank, e, product) = await CreditProductAsync(app, "丙", "EqualPrincipal", "InterestOnly");
        var l1 = await Disburse(app, e, bank, product, 120_000m, 4.35m, "InterestOnly", 3, 5);   // 435.00 interest a month, due the 5th
        var l2 = await Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);    // 5,300 in April, 5,275 in May, due the 10th

        // nothing paid until 12 June: l1 is 38 days late (5 May), l2 33 days (10 May); then the core system sends everything
        Now(6, 12);
        var batch = $"loanId,amount,paidOn\n{l1},435.00,2026-04-05\n{l2},5300.00,2026-04-10\n{l1},435.00,2026-05-05\n{l1},435.00,2026-06-05\n" +
                    $"{l2},5275.00,2026-05-10\n{l2},5250.00,2026-06-12\n";
        var report = await (await bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId=core-0612",
            new StringContent(batch, Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((6, 0), ((int)report["accepted"]!, (int)report["rejected"]!));

        var loan1 = await Get(bank.Officer, $"/api/loans/{l1}");
        Assert.Equal((120_000m, 0), ((decimal)loan1["outstandingPrincipal"]!, (int)loan1["daysPastDue"]!));
        var loan2 = await Get(bank.Officer, $"/api/loans/{l2}");
        Assert.Equal((45_000m, 0), ((decimal)loan2["outstandingPrincipal"]!, (int)loan2["daysPastDue"]!));

        // today both are up to date; on 31 May, counting the rows dated by then, both were too (June's instalments not yet due)
        var today = await Get(bureau, "/api/stats/portfolio?asOf=2026-06-12&by=bank");
        Assert.Equal((2, 165_000m, 0m), ((int)today["totals"]!["loans"]!, (decimal)today["totals"]!["outstanding"]!, (decimal)today["totals"]!["overdueBalance"]!));
        var may = await Get(bureau, "/api/stats/portfolio?asOf=2026-05-31&by=bank");
        Assert.Equal((170_000m, 0m), ((decimal)may["totals"]!["outstanding"]!, (decimal)may["totals"]!["overdueBalance"]!));
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqlitePortfolioImportTests(SqlitePortfolioApp app) : PortfolioImportTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioImportTests(MariaDbPortfolioApp app) : PortfolioImportTests<MariaDbPortfolioApp>(app);

/// <summary>
/// The import reads a loan with only its repayments booked from the row's day (<c>Loan.CountEarlierRepaymentsAsOne</c>); its own
/// app, as the clock only moves forward.
/// </summary>
public abstract class PortfolioImportPartlyReadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task A_row_dated_before_a_recorded_repayment_counts_with_all_the_earlier_ones()
    {
        Now(3, 3);
        var bureau = await app.BureauAsync();
        var (bank, e, product) = await PortfolioImportTests<TApp>.CreditProductAsync(app, "丁", "EqualPrincipal");
        var loan = await PortfolioImportTests<TApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);   // 5,300 on 10 April, 5,275 on 10 May, 5,250 on 10 June
        async Task Pay(decimal amount, int month, int day)
        {
            Now(month, day);
            await (await bank.Officer.PostAsJsonAsync($"/api/loans/{loan}/repayments", new { amount, paidOn = $"2026-{month:00}-{day:00}" }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }
        await Pay(5_300m, 4, 10);
        await Pay(5_275m, 5, 20);   // May's 10 days late
        await Pay(100m, 6, 14);     // June's instalment, fallen due on the 10th: 100 of 5,250 at the counter on the 14th

        // at 01:30 China time on 15 June the core system sends June's 5,150 paid on the 12th
        app.Clock.SetUtcNow(StatsApp.At(6, 15, 1).AddMinutes(30));
        var report = await (await bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId=core-0615",
            new StringContent($"loanId,amount,paidOn\n{loan},5150.00,2026-06-12\n", Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 0), ((int)report["accepted"]!, (int)report["rejected"]!));

        var read = await Get(bank.Officer, $"/api/loans/{loan}");
        Assert.Equal((45_000m, 0, "2026-07-10"), ((decimal)read["outstandingPrincipal"]!, (int)read["daysPastDue"]!, (string)read["nextDueDate"]!));
        var june = read["schedule"]!.AsArray()[2]!;
        Assert.Equal(("Paid", 5_000m, 250m), ((string)june["status"]!, (decimal)june["paidPrincipal"]!, (decimal)june["paidInterest"]!));

        // the portfolio day by day: June overdue from the 11th; 5,150 (250 interest, 4,900 principal) on the 12th leaves it
        // overdue; the 100 of the 14th pays it off
        async Task<(decimal Outstanding, decimal Overdue)> On(string day)
        {
            var t = (await Get(bank.Officer, $"/api/stats/portfolio?asOf={day}&by=bank"))["totals"]!;
            return ((decimal)t["outstanding"]!, (decimal)t["overdueBalance"]!);
        }
        Assert.Equal((50_000m, 0m), await On("2026-06-10"));
        Assert.Equal((50_000m, 50_000m), await On("2026-06-11"));
        Assert.Equal((45_100m, 45_100m), await On("2026-06-13"));
        Assert.Equal((45_000m, 0m), await On("2026-06-14"));
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqlitePortfolioImportPartlyReadTests(SqlitePortfolioApp app) : PortfolioImportPartlyReadTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioImportPartlyReadTests(MariaDbPortfolioApp app) : PortfolioImportPartlyReadTests<MariaDbPortfolioApp>(app);

/// <summary>An import of more loans than one read takes (999): the next chunk is read while one is applied and written.</summary>
public abstract class PortfolioImportChunksTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    [Fact]
    public async Task A_file_of_many_chunks_applies_its_rows_wherever_they_fall_and_refuses_the_rest_by_line()
    {
        app.Clock.SetUtcNow(StatsApp.At(3, 3, 10));
        var bureau = await app.BureauAsync();
        var (bank, e, product) = await PortfolioImportTests<TApp>.CreditProductAsync(app, "戊", "EqualPrincipal");
        var l1 = await PortfolioImportTests<TApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);
        var l2 = await PortfolioImportTests<TApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);

        // 1,200 unknown loans whose ids sort before the two loans (the first read takes 999 of them), 300 after them; the two
        // loans' rows in the middle of the file
        var rows = Enumerable.Range(0, 1_200).Select(i => $"00000000-0000-4000-8000-{i:x12},1.00,2026-04-10")
            .Concat(Enumerable.Range(0, 300).Select(i => $"ffffffff-0000-4000-8000-{i:x12},1.00,2026-04-10")).ToList();
        rows.Insert(700, $"{l1},5300.00,2026-04-10");
        rows.Insert(1_400, $"{l2},5300.00,2026-04-10");
        app.Clock.SetUtcNow(StatsApp.At(4, 11, 3));
        var report = await (await bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId=core-0411",
            new StringContent("loanId,amount,paidOn\n" + string.Join("\n", rows) + "\n", Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 1_500, false), ((int)report["accepted"]!, (int)report["rejected"]!, (bool)report["errorsTruncated"]!));
        var lines = report["errors"]!.AsArray().Select(x => (long)x!["line"]!).ToList();
        Assert.Equal(Enumerable.Range(2, 1_502).Select(i => (long)i).Where(i => i != 702 && i != 1_402), lines);   // the header is line 1

        foreach (var loan in new[] { l1, l2 })
        {
            var read = await (await bank.Officer.GetAsync($"/api/loans/{loan}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal((55_000m, 0), ((decimal)read["outstandingPrincipal"]!, (int)read["daysPastDue"]!));
        }
        var verify = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqlitePortfolioImportChunksTests(SqlitePortfolioApp app) : PortfolioImportChunksTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioImportChunksTests(MariaDbPortfolioApp app) : PortfolioImportChunksTests<MariaDbPortfolioApp>(app);

/// <summary>A loan rebuilt for an import from its columns, or read whole (<c>Loan.Rebuild</c>); its own app, as the clock only moves forward.</summary>
public abstract class PortfolioImportRebuildTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>
    /// The import rebuilds a loan from its columns, without its instalments, only while its stored schedule's fingerprint is
    /// that of the schedule its terms generate (<c>Loan.Rebuild</c>). A loan of an earlier release has none and one made by an
    /// earlier generation has another: both are read whole, so their repayments go to the instalments as stored.
    /// </summary>
    [Fact]
    public async Task A_loan_whose_stored_schedule_is_not_its_terms_generation_is_imported_against_the_schedule_stored()
    {
        // an id as either database keeps it in a key column: SQLite's upper-case text; MariaDB's char(36) compares without case
        static string AsStored(string id) => Guid.Parse(id).ToString().ToUpperInvariant();
        Now(3, 3);
        var (bank, e, product) = await PortfolioImportTests<TApp>.CreditProductAsync(app, "己", "EqualPrincipal");
        var generated = await PortfolioImportTests<TApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);   // 5,300 due 10 April (300 interest)
        var older = await PortfolioImportTests<TApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // every column the import reads for a rebuild is every column a loan stores
            var columns = db.Model.FindEntityType(typeof(Loan))!.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => (p.Name, p.ClrType)).ToList();
            Assert.Equal(columns.OrderBy(c => c.Name), typeof(StoredLoan).GetProperties().Select(p => (p.Name, p.PropertyType)).OrderBy(c => c.Name));
            var stored = await db.Loans.Where(l => l.Id == Guid.Parse(generated)).Select(l => l.ScheduleDigest).SingleAsync();
            Assert.Equal("7ad8a21a98891edf", stored);   // RepaymentSchedule.Digest's own test
            if (db.Database.IsMySql())   // the expression a database filled by SQL uses (the province benchmark)
                Assert.Equal(stored, await db.Database.SqlQueryRaw<string>("SELECT LEFT(SHA2(GROUP_CONCAT(CONCAT_WS(',', Period, DueDate, Principal, Interest, " +
                    "Payment, Remaining, IsPrepayment) ORDER BY Period SEPARATOR ';'), 256), 16) AS Value FROM loan_installments WHERE LoanId = {0}", AsStored(generated))
                    .SingleAsync());
            // the other as if made by an earlier release whose generation charged 310 in April, not yet serviced since
            await db.Database.ExecuteSqlRawAsync("UPDATE loan_installments SET Interest = 310, Payment = 5310 WHERE LoanId = {0} AND Period = 1",
                AsStored(older));
            await db.Loans.Where(l => l.Id == Guid.Parse(older)).ExecuteUpdateAsync(u => u.SetProperty(l => l.ScheduleDigest, (string?)null));
        }
        async Task Import(string batch, string rows)
        {
            var report = await (await bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId={batch}",
                new StringContent("loanId,amount,paidOn\n" + rows, Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(0, (int)report["rejected"]!);
        }
        async Task<(decimal Outstanding, int DaysPastDue)> Read(string loan)
        {
            var read = await Get(bank.Officer, $"/api/loans/{loan}");
            return ((decimal)read["outstandingPrincipal"]!, (int)read["daysPastDue"]!);
        }

        // 5,300 on 10 April, sent at 03:00 China time on the 11th: the older loan's 310 of interest leaves 10 of April's principal owing
        Now(4, 11, 3);
        await Import("core-0411", $"{generated},5300.00,2026-04-10\n{older},5300.00,2026-04-10\n");
        Assert.Equal((55_000m, 0), await Read(generated));
        Assert.Equal((55_010m, 1), await Read(older));
        string? fingerprint;
        using (var scope = app.Services.CreateScope())
            fingerprint = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Loans.Where(l => l.Id == Guid.Parse(older))
                .Select(l => l.ScheduleDigest).SingleAsync();
        Assert.NotNull(fingerprint);   // fingerprinted as stored, now that it has been serviced
        Assert.NotEqual("7ad8a21a98891edf", fingerprint);

        // 5 more the next day: read whole again (its fingerprint is not its generation's), April still 5 short, 2 days past due;
        // rebuilt from the generation, the 5 would have gone to May's interest and the loan been current
        Now(4, 12, 3);
        await Import("core-0412", $"{older},5.00,2026-04-11\n");
        Assert.Equal((55_005m, 2), await Read(older));
    }
}

public sealed class SqlitePortfolioImportRebuildTests(SqlitePortfolioApp app) : PortfolioImportRebuildTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioImportRebuildTests(MariaDbPortfolioApp app) : PortfolioImportRebuildTests<MariaDbPortfolioApp>(app);
