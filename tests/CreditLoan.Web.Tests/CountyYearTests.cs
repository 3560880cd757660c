using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Testing;
using CsvHelper;
using MiniExcelLibs;

namespace CreditLoan.Web.Tests;

/// <summary>
/// A county's first year entered through the API alone — three banks, twelve enterprises in three townships and two
/// industries, 300 applications, 150 loans — read back in the overview, every breakdown and both export formats, each
/// figure computed by the test from what it did.
/// </summary>
public abstract class CountyYearTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private sealed record Case(int Bank, string Township, string Industry, Guid Enterprise, DateTimeOffset Submitted, DateTimeOffset? Accepted,
        DateTimeOffset? Decided, bool Approved, decimal? Amount, DateOnly? DisbursedOn);

    [Fact]
    public async Task The_first_year_reads_back_exactly()
    {
        var bureau = await app.BureauAsync();
        var banks = new List<BankSetup>();
        var products = new List<JsonObject>();
        foreach (var name in new[] { "农商银行", "邮储银行", "村镇银行" })
        {
            var bank = await app.NewBankAsync(name);
            banks.Add(bank);
            products.Add(await bank.Officer.CreateProductAsync(p => { p["industries"] = new JsonArray(); p["minAmount"] = 1_000m; }));
        }
        var townships = new[] { "130682101", "130682102", "130682103" };
        var enterprises = new List<(EnterpriseSetup Setup, string Township, string Industry)>();
        for (var i = 0; i < 12; i++)
        {
            var code = TestData.CreditCode();
            var (township, industry) = (townships[i % 3], i % 2 == 0 ? "A03" : "C34");
            enterprises.Add((await app.NewEnterpriseAsync(TestData.RegistryRow(code, industry: industry, division: TestData.Village(township)), code), township, industry[..1]));
        }

        var cases = new List<Case>();
        var t = StatsApp.At(1, 5, 9);
        for (var i = 0; i < 300; i++, t = t.AddHours(28))
        {
            var (enterprise, township, industry) = enterprises[i % 12];
            var bank = i % 3;
            app.Clock.SetUtcNow(t);
            var a = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
                new { productId = (string)products[bank]["id"]!, amount = 10_000m + i * 100.5m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
            async Task Act(HttpClient c, string action, object? body = null) =>
                await (body is null ? await c.PostAsync($"/api/applications/{a["id"]}/{action}", null)
                    : await c.PostAsJsonAsync($"/api/applications/{a["id"]}/{action}", body)).ReadJsonAsync(HttpStatusCode.OK);
            var officer = banks[bank].Officer;
            if (i % 4 == 3)
            {
                app.Clock.SetUtcNow(t.AddHours(1));
                await Act(enterprise.Client, "withdraw");
                cases.Add(new Case(bank, township, industry, enterprise.EnterpriseId, t, null, null, false, null, null));
                continue;
            }
            var accepted = t.AddHours(1 + i % 3);
            app.Clock.SetUtcNow(accepted);
            await Act(officer, "accept");
            var decided = accepted.AddHours(1 + i % 4);
            app.Clock.SetUtcNow(decided);
            if (i % 4 == 2)
            {
                await Act(officer, "reject", new { reason = "材料不全" });
                cases.Add(new Case(bank, township, industry, enterprise.EnterpriseId, t, accepted, decided, false, null, null));
                continue;
            }
            var amount = 10_000m + i * 100.5m;
            await Act(officer, "approve", new { amount, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" });
            var disbursedOn = ChinaTime.DateOf(decided).AddDays(i % 2);
            var dayStart = ChinaTime.StartOf(disbursedOn).AddMinutes(1);
            app.Clock.SetUtcNow(dayStart > decided ? dayStart : decided.AddMinutes(1)); // before the next submission, 28 hours on
            await Act(officer, "disburse", new { amount, disbursedOn = disbursedOn.ToString("yyyy-MM-dd") });
            cases.Add(new Case(bank, township, industry, enterprise.EnterpriseId, t, accepted, decided, true, amount, disbursedOn));
        }

        // ---- what the year must read, from the cases
        static DateOnly Day(DateTimeOffset at) => ChinaTime.DateOf(at);
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        bool In(DateOnly d) => d >= from && d <= to;
        var loans = cases.Where(c => c.DisbursedOn is { } d && In(d)).ToList();
        var overview = await (await bureau.GetAsync("/api/stats/overview?from=2026-01-01&to=2026-12-31")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(cases.Count(c => In(Day(c.Submitted))), (int)overview["applications"]!);
        Assert.Equal(cases.Count(c => c.Approved && In(Day(c.Decided!.Value))), (int)overview["approvals"]!);
        Assert.Equal(loans.Count, (int)overview["loansDisbursed"]!);
        Assert.Equal(loans.Sum(c => c.Amount!.Value), (decimal)overview["amountDisbursed"]!);
        Assert.Equal(loans.Select(c => c.Enterprise).Distinct().Count(), (int)overview["enterprisesServed"]!);
        Assert.Equal(0, (int)overview["overdueApplications"]!);
        var decidedCases = cases.Where(c => c.Decided is { } d && In(Day(d))).ToList();
        Assert.Equal(Math.Round((decimal)decidedCases.Count(c => c.Approved) / decidedCases.Count, 4), (decimal)overview["approvalRate"]!);
        Assert.Equal(Math.Round((decimal)loans.Sum(c => c.DisbursedOn!.Value.DayNumber - Day(c.Submitted).DayNumber) / loans.Count, 2),
            (decimal)overview["avgDaysToDisburse"]!);
        Assert.True(loans.Count >= 150, $"{loans.Count} loans");

        // every breakdown: the JSON, the CSV and the XLSX agree with the cases
        async Task Check(string path, string keyColumn, Func<Case, DateOnly, string> keyOf)
        {
            var expected = new Dictionary<string, (int Apps, int Approvals, int Rejections, int Loans, decimal Amount, int Served, decimal AcceptSeconds, int Accepts)>();
            void Add(string key, Func<(int, int, int, int, decimal, int, decimal, int), (int, int, int, int, decimal, int, decimal, int)> change) =>
                expected[key] = change(expected.GetValueOrDefault(key));
            foreach (var c in cases)
            {
                if (In(Day(c.Submitted))) Add(keyOf(c, Day(c.Submitted)), e => e with { Item1 = e.Item1 + 1 });
                if (c.Accepted is { } ac && In(Day(ac))) Add(keyOf(c, Day(ac)), e => e with { Item7 = e.Item7 + (decimal)(ac - c.Submitted).TotalSeconds, Item8 = e.Item8 + 1 });
                if (c.Decided is { } de && In(Day(de)))
                    Add(keyOf(c, Day(de)), e => c.Approved ? e with { Item2 = e.Item2 + 1 } : e with { Item3 = e.Item3 + 1 });
                if (c.DisbursedOn is { } on && In(on)) Add(keyOf(c, on), e => e with { Item4 = e.Item4 + 1, Item5 = e.Item5 + c.Amount!.Value });
            }
            foreach (var g in loans.GroupBy(c => keyOf(c, c.DisbursedOn!.Value)))
                Add(g.Key, e => e with { Item6 = g.Select(c => c.Enterprise).Distinct().Count() });

            var json = (await (await bureau.GetAsync($"/api/stats/{path}?from=2026-01-01&to=2026-12-31")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
                .ToDictionary(r => r![keyColumn]!.ToString(), r => r!.AsObject());
            var csvBytes = await (await bureau.GetAsync($"/api/stats/{path}?from=2026-01-01&to=2026-12-31&format=csv")).Content.ReadAsByteArrayAsync();
            using var reader = new CsvReader(new StringReader(Encoding.UTF8.GetString(csvBytes[3..])), CultureInfo.InvariantCulture);
            var csv = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r[keyColumn]);
            var xlsxBytes = await (await bureau.GetAsync($"/api/stats/{path}?from=2026-01-01&to=2026-12-31&format=xlsx")).Content.ReadAsByteArrayAsync();
            var xlsx = MiniExcel.Query(new MemoryStream(xlsxBytes), useHeaderRow: true).Cast<IDictionary<string, object>>()
                .ToDictionary(r => Convert.ToString(r[keyColumn], CultureInfo.InvariantCulture)!);
            foreach (var (key, e) in expected)
            {
                var row = json[key];
                Assert.Equal((e.Apps, e.Approvals, e.Rejections, e.Loans, e.Amount, e.Served),
                    ((int)row["applications"]!, (int)row["approvals"]!, (int)row["rejections"]!, (int)row["loansDisbursed"]!, (decimal)row["amountDisbursed"]!,
                        (int)row["enterprisesServed"]!));
                if (e.Accepts > 0) Assert.Equal(Math.Round(e.AcceptSeconds / 3600m / e.Accepts, 2), (decimal)row["avgAcceptHours"]!);
                Assert.Equal(e.Amount.ToString("0.00", CultureInfo.InvariantCulture), csv[key]["amountDisbursed"]);
                Assert.Equal(e.Apps.ToString(CultureInfo.InvariantCulture), csv[key]["applications"]);
                Assert.Equal(e.Amount, Convert.ToDecimal(xlsx[key]["amountDisbursed"], CultureInfo.InvariantCulture));
                Assert.Equal(e.Served, Convert.ToInt32(xlsx[key]["enterprisesServed"], CultureInfo.InvariantCulture));
            }
        }
        await Check("by-bank", "bankId", (c, _) => banks[c.Bank].BankId.ToString());
        await Check("by-township", "townshipCode", (c, _) => c.Township);
        await Check("by-industry", "industry", (c, _) => c.Industry);
        await Check("by-month", "month", (_, day) => day.ToString("yyyy-MM"));

        var verify = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

/// <summary>A platform switched on on 2 January 2026.</summary>
public sealed class SqliteCountyApp() : StatsApp(TestDatabase.Sqlite, At(1, 2, 9));

public sealed class MariaDbCountyApp() : StatsApp(TestDatabase.MariaDb, At(1, 2, 9));

public sealed class SqliteCountyYearTests(SqliteCountyApp app) : CountyYearTests<SqliteCountyApp>(app);

public sealed class MariaDbCountyYearTests(MariaDbCountyApp app) : CountyYearTests<MariaDbCountyApp>(app);
