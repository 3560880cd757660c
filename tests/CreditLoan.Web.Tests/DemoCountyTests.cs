using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Testing;
using CreditLoan.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The platform started with <c>--demo</c> on an empty SQLite database, at 03:30 on 3 December in China (19:30 UTC the day
/// before: the China day has just begun, the UTC day is ending), seeds the sample county through its own commands.
/// </summary>
public sealed class DemoCountyApp : CreditLoanApp
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 19, 30, 0, TimeSpan.Zero);

    public DemoCountyApp() : base(TestDatabase.Sqlite)
    {
        Settings[DemoCounty.Setting] = "true";
        Settings["Jwt:LifetimeMinutes"] = "1000000";
        ConfigureTestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DemoClock(Clock)));
    }

    public SettableClock Clock { get; } = new(Now);

    public DemoSeedResult Result => Services.GetRequiredService<DemoSeedResult>();
}

/// <summary>The sample county's headline figures, read back through the API as a bureau supervisor would.</summary>
public sealed class DemoCountyTests(DemoCountyApp app, ITestOutputHelper output) : IClassFixture<DemoCountyApp>
{
    private static readonly DateOnly Today = ChinaTime.DateOf(DemoCountyApp.Now);   // 2026-12-03
    private static readonly string Year = $"from={Today.AddYears(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";

    private async Task<JsonObject> GetAsync(HttpClient client, string path) => await (await client.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    private async Task<List<JsonObject>> AllAsync(HttpClient client, string path)
    {
        var items = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var body = await GetAsync(client, $"{path}{(path.Contains('?') ? '&' : '?')}page={page}&pageSize=200");
            items.AddRange(body["items"]!.AsArray().Select(i => i!.AsObject()));
            if (items.Count >= (int)body["total"]!) return items;
        }
    }

    [Fact]
    public async Task The_county_reads_as_reported()
    {
        output.WriteLine($"seeded in {app.Result.Took.TotalSeconds:F1} s, {app.Result.Requests} requests");
        Assert.True(app.Result.Seeded);
        var bureau = await app.BureauAsync();
        var overview = await GetAsync(bureau, $"/api/stats/overview?{Year}");
        Assert.Equal(239, (int)overview["loansDisbursed"]!);
        Assert.Equal(36_420_000.00m, (decimal)overview["amountDisbursed"]!);
        Assert.True((int)overview["enterprisesServed"]! >= 200, overview.ToJsonString());
        Assert.Equal(15, (int)overview["activeBanks"]!);
        Assert.Equal(21, (int)overview["publishedProducts"]!);
        Assert.InRange((int)overview["registeredEnterprises"]!, 200, 400);
        Assert.Equal(0, (int)overview["overdueApplications"]!);
        Assert.Empty((await GetAsync(bureau, "/api/stats/overdue"))["items"]!.AsArray());

        Assert.Equal(15, (int)(await GetAsync(bureau, "/api/banks?pageSize=100"))["total"]!);
        Assert.Equal(21, (int)(await GetAsync(app.CreateClient(), "/api/products?pageSize=100"))["total"]!);

        // a service station in each of Dingzhou's 542 villages, as the national table has them, shared by the 建设银行 and 河北银行
        // branches: one station of each bank in every village, each with its agent
        var stations = await AllAsync(bureau, "/api/stations");
        var townships = (await GetAsync(app.CreateClient(), "/api/divisions/130682"))["children"]!.AsArray().Select(c => (string)c!["code"]!).ToList();
        Assert.Equal(25, townships.Count);
        var villages = new List<string>();
        foreach (var township in townships)
            villages.AddRange((await GetAsync(app.CreateClient(), $"/api/divisions/{township}"))["children"]!.AsArray().Select(c => (string)c!["code"]!));
        Assert.Equal(542, villages.Count);
        Assert.Equal(2 * 542, stations.Count);
        Assert.Equal(villages.Order(), stations.Select(s => (string)s["villageCode"]!).Distinct().Order());
        var partners = stations.Select(s => (string)s["partnerBankId"]!).Distinct().ToList();
        Assert.Equal(2, partners.Count);
        Assert.All(stations.GroupBy(s => (string)s["villageCode"]!), v => Assert.Equal(partners.Order(), v.Select(s => (string)s["partnerBankId"]!).Order()));
        var agents = await AllAsync(bureau, "/api/users");
        Assert.Equal(stations.Select(s => (string)s["id"]!).Order(), agents.Where(u => u["stationId"] is not null).Select(u => (string)u["stationId"]!).Distinct().Order());

        // applications in every state; every township lent to
        foreach (var status in new[] { "Submitted", "Accepted", "ApprovalPending", "Approved", "Rejected", "Withdrawn", "Disbursed" })
            Assert.True((int)(await GetAsync(bureau, $"/api/applications?status={status}&pageSize=1"))["total"]! > 0, status);
        var byTownship = (await GetAsync(bureau, $"/api/stats/by-township?{Year}"))["items"]!.AsArray();
        Assert.Equal(townships.Order(), byTownship.Select(r => (string)r!["townshipCode"]!).Order());
        Assert.All(byTownship, r => Assert.False(string.IsNullOrEmpty((string?)r!["townshipName"])));
        Assert.Equal(36_420_000.00m, byTownship.Sum(r => (decimal)r!["amountDisbursed"]!));

        var verify = await GetAsync(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        Assert.Equal(239, (int)verify["loansChecked"]!);
        Assert.True((int)verify["stationTransactionsChecked"]! > 500);
    }

    [Fact]
    public async Task The_cattle_farm_got_its_loan_within_a_week()
    {
        var farm = app.Result.Users.Single(u => u.Role.Contains("enterprise", StringComparison.Ordinal));
        var client = await app.ClientAsync(farm.UserName, farm.Password);
        var me = await GetAsync(client, "/api/enterprises/me");
        Assert.Equal("A03", (string)me["industry"]!);
        Assert.Equal("畜牧业", (string)me["industryName"]!);
        var loan = (await AllAsync(client, "/api/applications?status=Disbursed")).Single();
        Assert.Equal(120_000.00m, (decimal)loan["disbursedAmount"]!);
        var history = loan["history"]!.AsArray();
        var submitted = (DateTimeOffset)history.First(h => (string)h!["status"]! == "Submitted")!["at"]!;
        var paid = (DateTimeOffset)history.First(h => (string)h!["status"]! == "Disbursed")!["at"]!;
        Assert.True(paid - submitted < TimeSpan.FromDays(7), $"{submitted:O} → {paid:O}");
        Assert.Equal(ChinaTime.DateOf(paid), DateOnly.Parse((string)loan["disbursedOn"]!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_printed_user_signs_in_and_the_dates_fall_in_the_year_before_today()
    {
        Assert.Contains(app.Result.Users, u => u.UserName == CreditLoanApp.AdminUserName && u.Password == "(Bootstrap:AdminPassword)");
        foreach (var user in app.Result.Users.Where(u => u.UserName != CreditLoanApp.AdminUserName))
        {
            Assert.True(user.Password.Length >= 10 && !user.Password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase));
            await app.ClientAsync(user.UserName, user.Password);
        }
        Assert.Contains(app.Result.Users.Select(u => u.Password).First(p => !p.StartsWith('(')), app.Result.Banner);

        // the walk is over: the platform's clock is the (test's) real one again
        Assert.Equal(DemoCountyApp.Now, app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var applications = await AllAsync(await app.BureauAsync(), "/api/applications");
        var events = applications.SelectMany(a => a["history"]!.AsArray()).Select(h => (DateTimeOffset)h!["at"]!).ToList();
        Assert.InRange(events.Min(), DemoCountyApp.Now.AddYears(-1), DemoCountyApp.Now);
        Assert.InRange(events.Max(), DemoCountyApp.Now.AddYears(-1), DemoCountyApp.Now);
        Assert.True(events.Max() > DemoCountyApp.Now.AddDays(-7), "the county is busy up to this week");
    }

    [Fact]
    public async Task A_database_with_data_is_served_as_it_is()
    {
        var again = new CreditLoanApp(TestDatabase.Sqlite) { SharedConnectionString = app.ConnectionString };
        again.Settings[DemoCounty.Setting] = "true";
        try
        {
            await ((IAsyncLifetime)again).InitializeAsync();
            Assert.False(again.Services.GetRequiredService<DemoSeedResult>().Seeded);
            Assert.Equal(15, (int)(await GetAsync(await again.BureauAsync(), "/api/banks"))["total"]!);
            Assert.Equal(239, (int)(await GetAsync(await again.BureauAsync(), "/api/applications?status=Disbursed&pageSize=1"))["total"]!);
        }
        finally
        {
            await ((IAsyncLifetime)again).DisposeAsync();
        }
    }
}
