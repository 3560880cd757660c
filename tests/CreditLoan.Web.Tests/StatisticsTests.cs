using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Testing;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace CreditLoan.Web.Tests;

/// <summary>A fresh platform whose clock the test moves, for statistics whose every figure the test knows.</summary>
public abstract class StatsApp : CreditLoanApp
{
    protected StatsApp(TestDatabase database, DateTimeOffset? start = null) : base(database)
    {
        Clock = new FakeTimeProvider(start ?? At(3, 2, 9));
        ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        Settings["Jwt:LifetimeMinutes"] = "1000000"; // the tests move the clock by months; tokens outlive that
    }

    /// <summary>Monday 2 March 2026, 09:00 in China, unless the platform starts elsewhere; in UTC, as production's clock.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The UTC instant of <paramref name="hour"/>:00 China time (UTC+8) on that day: the clock is always given UTC.</summary>
    public static DateTimeOffset At(int month, int day, int hour) => new DateTimeOffset(2026, month, day, 0, 0, 0, TimeSpan.Zero).AddHours(hour - 8);
}

public sealed class SqliteStatsApp() : StatsApp(TestDatabase.Sqlite);

public sealed class MariaDbStatsApp() : StatsApp(TestDatabase.MariaDb);

/// <summary>
/// Every definition of docs/statistics.md on a hand-built county: two banks, three enterprises in two townships and
/// two industries, five applications over March and April, one station. Each expected figure is worked out by hand in
/// the comments next to it.
/// </summary>
public abstract class StatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private static Task<HttpResponseMessage> Act(HttpClient c, JsonObject application, string action, object? body = null) =>
        body is null ? c.PostAsync($"/api/applications/{application["id"]}/{action}", null) : c.PostAsJsonAsync($"/api/applications/{application["id"]}/{action}", body);

    private static object Terms(decimal amount) => new { amount, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" };

    private static async Task<JsonObject> Apply(HttpClient enterprise, JsonObject product, decimal amount, string? needId = null) =>
        await (await enterprise.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, needId, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Action<JsonObject> Anyone(string name) => p =>
    {
        p["name"] = name;
        p["industries"] = new JsonArray();
        p["divisions"] = new JsonArray("130682");
    };

    private void Now(int month, int day, int hour) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    [Fact]
    public async Task A_county_reads_back_exactly_in_the_overview_the_breakdowns_and_both_exports()
    {
        var bureau = await app.BureauAsync();
        var a = await app.NewBankAsync("甲银行");
        var b = await app.NewBankAsync("乙银行");
        var e1Code = TestData.CreditCode();
        var e1 = await app.NewEnterpriseAsync(TestData.RegistryRow(e1Code, industry: "A03", division: "130682101200"), e1Code);
        var e2Code = TestData.CreditCode();
        var e2 = await app.NewEnterpriseAsync(TestData.RegistryRow(e2Code, name: "定州市恒达机械厂", type: "Company", industry: "C34", division: "130682101201"), e2Code);
        var e3Code = TestData.CreditCode();
        var e3 = await app.NewEnterpriseAsync(TestData.RegistryRow(e3Code, name: "定州市绿野种植合作社", industry: "A01", division: "130682102202"), e3Code);

        var pa = await a.Officer.CreateProductAsync(Anyone("甲-牧业贷"));
        await a.Officer.CreateProductAsync(Anyone("甲-草稿"), publish: false);              // a draft never counts
        var pb = await b.Officer.CreateProductAsync(Anyone("乙-种植贷"));
        var pbOld = await b.Officer.CreateProductAsync(Anyone("乙-旧产品"));                 // retired on 10 March

        var need = await (await e1.Client.PostAsJsonAsync("/api/needs", new { amount = 100_000m, termMonths = 12, purpose = "扩栏", collateral = "None" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Now(3, 2, 10);
        var a1 = await Apply(e1.Client, pa, 100_000m, (string)need["id"]!);
        var a2 = await Apply(e2.Client, pa, 50_000m);
        var a3 = await Apply(e3.Client, pb, 80_000m);
        Now(3, 3, 10);                                                                     // every accept 24 hours after submission
        foreach (var (officer, application) in new[] { (a.Officer, a1), (a.Officer, a2), (b.Officer, a3) })
            await (await Act(officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        Now(3, 4, 10);                                                                     // both of bank A's decisions 24 hours after accepting
        await (await Act(a.Officer, a1, "approve", Terms(100_000m))).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(a.Officer, a2, "reject", new { reason = "经营流水不足" })).ReadJsonAsync(HttpStatusCode.OK);
        Now(3, 5, 10);
        await (await Act(a.Officer, a1, "disburse", new { amount = 100_000m, disbursedOn = "2026-03-05" })).ReadJsonAsync(HttpStatusCode.OK); // 3 days
        var a4 = await Apply(e1.Client, pb, 30_000m);
        Now(3, 5, 11);
        await (await Act(e1.Client, a4, "withdraw")).ReadJsonAsync(HttpStatusCode.OK);    // submitted, never decided
        Now(3, 10, 10);
        await (await b.Officer.PostAsync($"/api/products/{pbOld["id"]}/retire", null)).ReadJsonAsync(HttpStatusCode.OK);
        Now(4, 1, 10);                                                                     // 29 days after accepting: long past the decide limit
        await (await Act(b.Officer, a3, "approve", Terms(80_000m))).ReadJsonAsync(HttpStatusCode.OK);
        Now(4, 2, 10);
        await (await Act(b.Officer, a3, "disburse", new { amount = 70_000m, disbursedOn = "2026-04-02" })).ReadJsonAsync(HttpStatusCode.OK); // 31 days
        await Apply(e2.Client, pb, 20_000m);                                               // a5: waiting, not yet late

        async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

        // ---- the overview, bureau: March
        var march = await Get(bureau, "/api/stats/overview?from=2026-03-01&to=2026-03-31");
        Assert.Equal(2, (int)march["activeBanks"]!);
        Assert.Equal(2, (int)march["publishedProducts"]!);       // 甲-牧业贷, 乙-种植贷 (the draft never; 乙-旧产品 retired on 10 March)
        Assert.Equal(3, (int)march["registeredEnterprises"]!);
        Assert.Equal(1, (int)march["needsPosted"]!);
        Assert.Equal(4, (int)march["applications"]!);            // a1, a2, a3 on the 2nd, a4 on the 5th (withdrawn, still submitted)
        Assert.Equal(1, (int)march["approvals"]!);               // a1 on the 4th; a3 was approved in April
        Assert.Equal(0.5m, (decimal)march["approvalRate"]!);     // 1 approval / (1 approval + 1 rejection)
        Assert.Equal(1, (int)march["loansDisbursed"]!);
        Assert.Equal(100_000m, (decimal)march["amountDisbursed"]!);
        Assert.Equal(1, (int)march["enterprisesServed"]!);
        Assert.Equal(3m, (decimal)march["avgDaysToDisburse"]!);  // 2 → 5 March
        Assert.Equal(1, (int)march["overdueApplications"]!);     // a3, submitted in March, decided after its limit
        var early = await Get(bureau, "/api/stats/overview?from=2026-03-01&to=2026-03-05");
        Assert.Equal(3, (int)early["publishedProducts"]!);       // 乙-旧产品 was still published on the 5th

        var april = await Get(bureau, "/api/stats/overview?from=2026-04-01&to=2026-04-30");
        Assert.Equal(1, (int)april["applications"]!);            // a5
        Assert.Equal(1, (int)april["approvals"]!);
        Assert.Equal(1m, (decimal)april["approvalRate"]!);
        Assert.Equal(70_000m, (decimal)april["amountDisbursed"]!);
        Assert.Equal(31m, (decimal)april["avgDaysToDisburse"]!);  // 2 March → 2 April
        Assert.Equal(0, (int)april["overdueApplications"]!);
        Assert.Equal(0, (int)april["needsPosted"]!);

        // ---- a bank's own overview
        var ownA = await Get(a.Officer, "/api/stats/overview?from=2026-03-01&to=2026-03-31");
        Assert.Equal(1, (int)ownA["activeBanks"]!);
        Assert.Equal(1, (int)ownA["publishedProducts"]!);        // its draft does not count
        Assert.Equal(2, (int)ownA["registeredEnterprises"]!);    // e1 and e2 applied to it
        Assert.Equal(1, (int)ownA["needsPosted"]!);              // a1 came with e1's need
        Assert.Equal(2, (int)ownA["applications"]!);
        Assert.Equal(100_000m, (decimal)ownA["amountDisbursed"]!);
        var ownB = await Get(b.Officer, "/api/stats/overview?from=2026-03-01&to=2026-03-31");
        Assert.Equal(2, (int)ownB["applications"]!);             // a3 and a4
        Assert.Equal(0, (int)ownB["approvals"]!);
        Assert.Null(ownB["approvalRate"]);                       // nothing decided in March
        Assert.Equal(1, (int)ownB["overdueApplications"]!);

        // ---- breakdowns over March and April
        const string range = "from=2026-03-01&to=2026-04-30";
        var byBank = (await Get(bureau, $"/api/stats/by-bank?{range}"))["items"]!.AsArray().ToDictionary(i => (string)i!["bankName"]!, i => i!.AsObject());
        Assert.Equal([2, 1, 1], new[] { (int)byBank["甲银行"]["applications"]!, (int)byBank["甲银行"]["approvals"]!, (int)byBank["甲银行"]["rejections"]! });
        Assert.Equal(24m, (decimal)byBank["甲银行"]["avgAcceptHours"]!);
        Assert.Equal(24m, (decimal)byBank["甲银行"]["avgDecideHours"]!);
        Assert.Equal(3, (int)byBank["乙银行"]["applications"]!);  // a3, a4, a5
        Assert.Equal(24m, (decimal)byBank["乙银行"]["avgAcceptHours"]!);
        Assert.Equal(696m, (decimal)byBank["乙银行"]["avgDecideHours"]!); // 3 March 10:00 → 1 April 10:00
        Assert.Equal(70_000m, (decimal)byBank["乙银行"]["amountDisbursed"]!);
        Assert.Equal(1, (int)byBank["乙银行"]["overdueApplications"]!);

        var byTownship = (await Get(bureau, $"/api/stats/by-township?{range}"))["items"]!.AsArray().ToDictionary(i => (string)i!["townshipCode"]!, i => i!.AsObject());
        Assert.Equal(["130682101", "130682102"], byTownship.Keys.Order().ToArray());
        Assert.Equal(4, (int)byTownship["130682101"]["applications"]!);       // a1, a2, a4, a5
        Assert.Equal(100_000m, (decimal)byTownship["130682101"]["amountDisbursed"]!);
        Assert.Equal(1, (int)byTownship["130682102"]["overdueApplications"]!);

        var byIndustry = (await Get(bureau, $"/api/stats/by-industry?{range}"))["items"]!.AsArray().ToDictionary(i => (string)i!["industry"]!, i => i!.AsObject());
        Assert.Equal(3, (int)byIndustry["A"]["applications"]!);              // a1, a3, a4
        Assert.Equal(2, (int)byIndustry["A"]["enterprisesServed"]!);
        Assert.Equal(170_000m, (decimal)byIndustry["A"]["amountDisbursed"]!);
        Assert.Equal(17m, (decimal)byIndustry["A"]["avgDaysToDisburse"]!);   // (3 + 31) / 2
        Assert.Equal("农、林、牧、渔业", (string)byIndustry["A"]["industryName"]!);
        Assert.Equal(2, (int)byIndustry["C"]["applications"]!);              // a2, a5
        Assert.Equal(1, (int)byIndustry["C"]["rejections"]!);

        var byMonth = (await Get(bureau, $"/api/stats/by-month?{range}"))["items"]!.AsArray().ToDictionary(i => (string)i!["month"]!, i => i!.AsObject());
        Assert.Equal(["2026-03", "2026-04"], byMonth.Keys.ToArray());
        Assert.Equal(4, (int)byMonth["2026-03"]["applications"]!);
        Assert.Equal(1, (int)byMonth["2026-04"]["approvals"]!);

        // a bank sees exactly its own rows; enterprises and agents may not look
        var bankRows = (await Get(b.Officer, $"/api/stats/by-bank?{range}"))["items"]!.AsArray();
        Assert.Equal("乙银行", (string)Assert.Single(bankRows)!["bankName"]!);
        var bTownships = (await Get(b.Officer, $"/api/stats/by-township?{range}"))["items"]!.AsArray();
        Assert.Equal(3, bTownships.Sum(t => (int)t!["applications"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await e1.Client.GetAsync("/api/stats/overview")).StatusCode);
        var bad = await (await bureau.GetAsync("/api/stats/by-bank?from=2026-04-01&to=2026-03-01")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("to"));
        await (await bureau.GetAsync("/api/stats/by-bank?format=pdf")).ReadJsonAsync(HttpStatusCode.BadRequest);

        // ---- exports parse back to the same numbers
        var csv = await bureau.GetAsync($"/api/stats/by-bank?{range}&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("by-bank_2026-03-01_2026-04-30.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);          // the BOM Excel needs for Chinese
        using (var reader = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture))
        {
            var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["bankName"]);
            Assert.Equal("70000.00", rows["乙银行"]["amountDisbursed"]);
            Assert.Equal("696", rows["乙银行"]["avgDecideHours"]);
            Assert.Equal("0.5", rows["甲银行"]["approvalRate"]);
        }
        var xlsx = await bureau.GetAsync($"/api/stats/by-township?{range}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheet = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["townshipCode"]);
        Assert.Equal(4m, Convert.ToDecimal(sheet["130682101"]["applications"], CultureInfo.InvariantCulture));
        Assert.Equal(70_000m, Convert.ToDecimal(sheet["130682102"]["amountDisbursed"], CultureInfo.InvariantCulture));

        // the projections equal the facts they were kept from
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        Assert.Equal(5, (int)verify["applicationsChecked"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Officer.GetAsync("/api/stats/verify")).StatusCode);
    }

}

/// <summary>Station statistics on their own platform (the county test above counts every bank).</summary>
public abstract class StationStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    [Fact]
    public async Task Station_statistics_count_by_type_station_township_and_day_and_a_bank_sees_its_own_stations()
    {
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("丙银行");
        var other = await app.NewBankAsync("丁银行");
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "东亭村服务站", villageCode = "130682105200", partnerBankId = bank.BankId, cashFloatLimit = 50_000m })).ReadJsonAsync(HttpStatusCode.Created);
        var agentName = TestData.UserName("agent");
        (await bureau.PostAsJsonAsync($"/api/stations/{station["id"]}/users", new { userName = agentName, password = Scenarios.Password, displayName = "代办员" }))
            .EnsureSuccessStatusCode();
        var agent = await app.ClientAsync(agentName, Scenarios.Password);
        var account = await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 500m })).ReadJsonAsync(HttpStatusCode.Created);
        async Task Post(string path, object body, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{station["id"]}/{path}") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            await (await agent.SendAsync(request)).ReadJsonAsync(HttpStatusCode.Created);
        }

        app.Clock.SetUtcNow(StatsApp.At(5, 6, 9));
        await Post("cash/replenish", new { amount = 1_000m }, "s1");
        await Post("transactions", new { type = "CashDeposit", accountNo = (string)account["accountNo"]!, amount = 200m }, "s2");
        await Post("transactions", new { type = "CashDeposit", accountNo = (string)account["accountNo"]!, amount = 200m }, "s2"); // a retry: counted once
        app.Clock.SetUtcNow(StatsApp.At(5, 6, 18)); // the day's close; until then later postings would land on the 6th
        (await agent.PostAsJsonAsync($"/api/stations/{station["id"]}/settlements", new { businessDate = "2026-05-06", countedCash = 1_200m })).EnsureSuccessStatusCode();
        app.Clock.SetUtcNow(StatsApp.At(5, 8, 9));
        await Post("transactions", new { type = "CashWithdrawal", accountNo = (string)account["accountNo"]!, amount = 100m }, "s3");

        var all = await (await bureau.GetAsync("/api/stats/stations?from=2026-05-01&to=2026-05-31")).ReadJsonAsync(HttpStatusCode.OK);
        var byType = all["byType"]!.AsArray().ToDictionary(t => (string)t!["type"]!, t => t!.AsObject());
        Assert.Equal((1, 1_000m), ((int)byType["Replenish"]["count"]!, (decimal)byType["Replenish"]["amount"]!));
        Assert.Equal((1, 200m), ((int)byType["CashDeposit"]["count"]!, (decimal)byType["CashDeposit"]["amount"]!));
        Assert.Equal((1, 100m), ((int)byType["CashWithdrawal"]["count"]!, (decimal)byType["CashWithdrawal"]["amount"]!));
        var byDay = all["byDay"]!.AsArray().ToDictionary(t => (string)t!["day"]!, t => t!.AsObject());
        Assert.Equal(2, (int)byDay["2026-05-06"]["count"]!);
        Assert.Equal(1_200m, (decimal)byDay["2026-05-06"]["amount"]!);
        Assert.Equal(100m, (decimal)byDay["2026-05-08"]["amount"]!);
        var township = Assert.Single(all["byTownship"]!.AsArray(), t => (string)t!["townshipCode"]! == "130682105")!;
        Assert.Equal(3, (int)township["count"]!);

        var own = await (await bank.Officer.GetAsync("/api/stats/stations?from=2026-05-01&to=2026-05-31&by=station")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("东亭村服务站", (string)Assert.Single(own["items"]!.AsArray())!["stationName"]!);
        var none = await (await other.Officer.GetAsync("/api/stats/stations?from=2026-05-01&to=2026-05-31&by=type")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(none["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/stats/stations")).StatusCode);
        var csv = await bureau.GetAsync("/api/stats/stations?from=2026-05-01&to=2026-05-31&by=day&format=csv");
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("2026-05-06,2,1200.00", text);
        await (await bureau.GetAsync("/api/stats/stations?format=csv")).ReadJsonAsync(HttpStatusCode.BadRequest);
        var verify = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        Assert.Equal(3, (int)verify["stationTransactionsChecked"]!);

        // and the check does notice a projection that drifted from the facts
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CreditLoan.Infrastructure.Persistence.AppDbContext>();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "UPDATE stats_station_daily SET Count = Count + 1 WHERE Type = 'CashWithdrawal'");
            var drifted = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.False((bool)drifted["consistent"]!);
            Assert.Contains("CashWithdrawal", (string)Assert.Single(drifted["differences"]!.AsArray())!);
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "UPDATE stats_station_daily SET Count = Count - 1 WHERE Type = 'CashWithdrawal'");
        }
    }
}

/// <summary>Enterprises served, counted once per range, including back-dated disbursals (a platform of its own: no other loans).</summary>
public abstract class ServedStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    [Fact]
    public async Task An_enterprise_is_served_once_per_range_whatever_the_order_its_loans_were_disbursed_in()
    {
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("戊银行");
        var enterprise = await app.NewEnterpriseAsync();
        var product = await bank.Officer.CreateProductAsync(p => p["industries"] = new JsonArray());
        app.Clock.SetUtcNow(StatsApp.At(5, 4, 10));
        var applications = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            var a = await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 50_000m, termMonths = 12 }))
                .ReadJsonAsync(HttpStatusCode.Created);
            await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
            await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve",
                new { amount = 50_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.OK);
            applications.Add(a);
        }
        app.Clock.SetUtcNow(StatsApp.At(6, 2, 10));
        // disbursed on 20 May, then one back-dated to 10 May, then one on 2 June
        foreach (var (a, on) in applications.Zip(new[] { "2026-05-20", "2026-05-10", "2026-06-02" }))
            await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse", new { amount = 50_000m, disbursedOn = on })).ReadJsonAsync(HttpStatusCode.OK);

        async Task<int> Served(HttpClient c, string from, string to) =>
            (int)(await (await c.GetAsync($"/api/stats/overview?from={from}&to={to}")).ReadJsonAsync(HttpStatusCode.OK))["enterprisesServed"]!;
        Assert.Equal(1, await Served(bureau, "2026-05-01", "2026-06-30"));   // three loans, one enterprise
        Assert.Equal(1, await Served(bureau, "2026-05-15", "2026-05-31"));
        Assert.Equal(0, await Served(bureau, "2026-05-11", "2026-05-19"));   // between the back-dated loan and the first
        Assert.Equal(1, await Served(bureau, "2026-05-10", "2026-05-10"));
        Assert.Equal(1, await Served(bank.Officer, "2026-06-01", "2026-06-30"));
        var months = (await (await bureau.GetAsync("/api/stats/by-month?from=2026-05-01&to=2026-06-30")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal([1, 1], months.Select(m => (int)m!["enterprisesServed"]!).ToArray());
        Assert.Equal([2, 1], months.Select(m => (int)m!["loansDisbursed"]!).ToArray());
        var byBank = (await (await bureau.GetAsync("/api/stats/by-bank?from=2026-05-12&to=2026-06-30")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(1, (int)byBank.Single(b => (string)b!["bankName"]! == "戊银行")!["enterprisesServed"]!);
        var verify = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqliteServedStatisticsTests(SqliteStatsApp app) : ServedStatisticsTests<SqliteStatsApp>(app);

public sealed class MariaDbServedStatisticsTests(MariaDbStatsApp app) : ServedStatisticsTests<MariaDbStatsApp>(app);

public sealed class SqliteStatisticsTests(SqliteStatsApp app) : StatisticsTests<SqliteStatsApp>(app);

public sealed class MariaDbStatisticsTests(MariaDbStatsApp app) : StatisticsTests<MariaDbStatsApp>(app);

public sealed class SqliteStationStatisticsTests(SqliteStatsApp app) : StationStatisticsTests<SqliteStatsApp>(app);

public sealed class MariaDbStationStatisticsTests(MariaDbStatsApp app) : StationStatisticsTests<MariaDbStatsApp>(app);
