using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreditLoan.Web.Tests;

/// <summary>A platform on a clock the test sets to any instant, in UTC as production's is.</summary>
public abstract class ChinaDayApp : CreditLoanApp
{
    protected ChinaDayApp(TestDatabase database) : base(database)
    {
        ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        Settings["Jwt:LifetimeMinutes"] = "10000000"; // the tests move the clock by years, forwards and back
    }

    public SettableClock Clock { get; } = new(SettableClock.China(new DateOnly(2026, 3, 2), new TimeOnly(9, 0)));
}

public sealed class SqliteChinaDayApp() : ChinaDayApp(TestDatabase.Sqlite);

public sealed class MariaDbChinaDayApp() : ChinaDayApp(TestDatabase.MariaDb);

/// <summary>
/// Every rule that depends on the day, swept across the China day (product.md §10): withdrawal limits, business dates and
/// receipt numbers, statistics days, deadlines and overdue, consent and need expiry, end of day. Each hour runs on a
/// Tuesday of its own, so that each day's figures are that hour's alone; and one run crosses midnight. China midnight is
/// 16:00 UTC the day before: the hours from 00:00 to 08:00 China time are where a UTC day and a China day differ.
/// </summary>
public abstract class ChinaDayTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    public static TheoryData<string, string> Hours => new()
    {
        { "00:00:00", "2026-03-10" },
        { "04:30:00", "2026-03-17" },
        { "07:59:00", "2026-03-24" },
        { "08:00:00", "2026-03-31" },
        { "12:00:00", "2026-04-14" },
        { "15:59:00", "2026-04-21" },
        { "23:59:59", "2026-04-28" },
    };

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> StationPost(HttpClient agent, Guid stationId, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return agent.SendAsync(request);
    }

    private static object Withdrawal(string accountNo, decimal amount) => new { type = "CashWithdrawal", accountNo, amount };

    private async Task<(BankSetup Bank, StationSetup Station, string Account)> StationWithAccountAsync()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var account = await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 10_000m })).ReadJsonAsync(HttpStatusCode.Created);
        await (await StationPost(station.Agent, station.StationId, "cash/replenish", new { amount = 20_000m })).ReadJsonAsync(HttpStatusCode.Created);
        return (bank, station, (string)account["accountNo"]!);
    }

    [Theory]
    [MemberData(nameof(Hours))]
    public async Task The_station_day_is_the_China_day(string hour, string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture).AddDays(2); // the Thursday: the statistics sweep has Monday to Wednesday
        var at = app.Clock.SetChina(day, TimeOnly.Parse(hour, CultureInfo.InvariantCulture));
        var (_, station, account) = await StationWithAccountAsync();

        // the ¥2,000 daily limit counts the China day's withdrawals
        var first = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 1_500m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(day), (string)first["businessDate"]!);
        Assert.StartsWith($"R{day:yyyyMMdd}", (string)first["receiptNo"]!);
        var over = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 600m))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("500.00 yuan remain", (string)over["detail"]!);
        await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 500m))).ReadJsonAsync(HttpStatusCode.Created);

        // the station's statistics count the posting on its business date
        var bureau = await app.BureauAsync();
        var stats = await (await bureau.GetAsync($"/api/stats/stations?from={Text(day)}&to={Text(day)}&by=station")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(stats["items"]!.AsArray(), i => (string?)i!["stationId"] == station.StationId.ToString() && (int)i["count"]! == 3);

        // end of day at that hour closes that date; a second close and a future date conflict; nothing posts until midnight
        var cash = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Text(day), (string)cash["businessDate"]!);
        var settlement = await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(day), countedCash = (decimal)cash["cash"]! })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(0m, (decimal)settlement["difference"]!);
        await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(day), countedCash = 0m })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(day.AddDays(1)), countedCash = 0m })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 10m))).ReadJsonAsync(HttpStatusCode.Conflict);
        var closed = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)closed["open"]!);

        // the next China day: a new limit day and a new business date
        var next = day.AddDays(1);
        app.Clock.SetChina(next, TimeOnly.MinValue);
        var tomorrow = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 2_000m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(next), (string)tomorrow["businessDate"]!);
        Assert.StartsWith($"R{next:yyyyMMdd}", (string)tomorrow["receiptNo"]!);
        Assert.True(at < app.Clock.GetUtcNow());
    }

    [Theory]
    [MemberData(nameof(Hours))]
    public async Task Statistics_deadlines_and_expiry_follow_the_China_day(string hour, string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture); // a Tuesday, a working day, like the two after it
        var at = app.Clock.SetChina(day, TimeOnly.Parse(hour, CultureInfo.InvariantCulture));
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs", new { amount = 100_000m, termMonths = 12, purpose = "购买饲料", collateral = "None" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, needId = (string)need["id"]!, amount = 100_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);

        // statistics: everything made at that hour counts on that China day, none of it on the day before or after
        async Task<JsonObject> Overview(DateOnly from, DateOnly to) =>
            await (await bureau.GetAsync($"/api/stats/overview?from={Text(from)}&to={Text(to)}")).ReadJsonAsync(HttpStatusCode.OK);
        var onDay = await Overview(day, day);
        var dayBefore = await Overview(day.AddDays(-1), day.AddDays(-1));
        var dayAfter = await Overview(day.AddDays(1), day.AddDays(1));
        Assert.Equal(1, (int)onDay["needsPosted"]!);
        Assert.Equal(1, (int)onDay["applications"]!);
        Assert.Equal(0, (int)dayBefore["needsPosted"]! + (int)dayBefore["applications"]!);
        Assert.Equal(0, (int)dayAfter["needsPosted"]! + (int)dayAfter["applications"]!);
        foreach (var cumulative in new[] { "registeredEnterprises", "activeBanks", "publishedProducts" })
        {
            Assert.Equal(1, (int)onDay[cumulative]! - (int)dayBefore[cumulative]!);
            Assert.Equal((int)onDay[cumulative]!, (int)dayAfter[cumulative]!);
        }
        var bankRow = (await (await bureau.GetAsync($"/api/stats/by-bank?from={Text(day)}&to={Text(day)}")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(i => (string)i!["bankId"]! == bank.BankId.ToString())!;
        Assert.Equal(1, (int)bankRow["applications"]!);

        // the deadline: 2 working days after Tuesday is the end of Thursday, China time (16:00 UTC on Thursday)
        var due = DateTimeOffset.Parse((string)application["acceptDueAt"]!, CultureInfo.InvariantCulture);
        Assert.Equal(SettableClock.China(day.AddDays(3), TimeOnly.MinValue), due);
        Assert.Equal(new TimeSpan(16, 0, 0), due.UtcDateTime.TimeOfDay);
        async Task<bool> Overdue() => (await (await bureau.GetAsync("/api/stats/overdue")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Any(i => (string)i!["applicationId"]! == (string)application["id"]!);
        app.Clock.Set(due.AddSeconds(-1));
        Assert.False(await Overdue());
        app.Clock.Set(due.AddSeconds(1));
        Assert.True(await Overdue());

        // the need is open until 90 days after posting, to the second
        var expires = DateTimeOffset.Parse((string)need["expiresAt"]!, CultureInfo.InvariantCulture);
        Assert.Equal(at.AddDays(90), expires);
        async Task<bool> Listed(string status) => (await (await enterprise.Client.GetAsync($"/api/needs?status={status}")).ReadJsonAsync(HttpStatusCode.OK))["items"]!
            .AsArray().Any(n => (string)n!["id"]! == (string)need["id"]!);
        app.Clock.Set(expires.AddSeconds(-1));
        Assert.True(await Listed("Open"));
        Assert.False(await Listed("Expired"));
        app.Clock.Set(expires);
        Assert.False(await Listed("Open"));
        Assert.True(await Listed("Expired"));

        // the bank's consent lasts 90 days after the application closes (withdrawn at that hour, the day after)
        var withdrawnAt = app.Clock.SetChina(day.AddDays(1), TimeOnly.Parse(hour, CultureInfo.InvariantCulture));
        await (await enterprise.Client.PostAsync($"/api/applications/{application["id"]}/withdraw", null)).ReadJsonAsync(HttpStatusCode.OK);
        var consent = (await enterprise.Client.GetFromJsonAsync<JsonObject>("/api/consents"))!["items"]!.AsArray().Single()!;
        Assert.Equal(withdrawnAt.AddDays(90), DateTimeOffset.Parse((string)consent["expiresAt"]!, CultureInfo.InvariantCulture));
        app.Clock.Set(withdrawnAt.AddDays(90).AddSeconds(-1));
        await (await bank.Officer.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).ReadJsonAsync(HttpStatusCode.OK);
        app.Clock.Set(withdrawnAt.AddDays(90));
        Assert.Equal(HttpStatusCode.NotFound, (await bank.Officer.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).StatusCode);
    }

    [Fact]
    public async Task A_night_across_China_midnight()
    {
        var day = new DateOnly(2026, 5, 12);
        app.Clock.SetChina(day, new TimeOnly(23, 59, 59));
        var (_, station, account) = await StationWithAccountAsync();
        var late = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 1_500m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(day), (string)late["businessDate"]!);

        // 00:00 China time (16:00 UTC): a new withdrawal-limit day, but the business date stays on the unclosed 12th
        var next = day.AddDays(1);
        app.Clock.SetChina(next, TimeOnly.MinValue);
        var early = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 2_000m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(day), (string)early["businessDate"]!);
        Assert.StartsWith($"R{day:yyyyMMdd}", (string)early["receiptNo"]!);

        // closing after midnight closes yesterday: the 13th cannot be closed before the 12th
        app.Clock.SetChina(next, new TimeOnly(0, 30));
        var cash = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Text(day), (string)cash["businessDate"]!);
        Assert.True((bool)cash["open"]!);
        await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(next), countedCash = (decimal)cash["cash"]! })).ReadJsonAsync(HttpStatusCode.Conflict);
        var closed = await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(day), countedCash = (decimal)cash["cash"]! })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, (int)closed["transactions"]!); // the replenishment and both withdrawals

        // then the 13th is open, and its close leaves the station closed until the 14th
        var deposit = await (await StationPost(station.Agent, station.StationId, "transactions", new { type = "CashDeposit", accountNo = account, amount = 100m }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(next), (string)deposit["businessDate"]!);
        app.Clock.SetChina(next, new TimeOnly(23, 59, 59));
        cash = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/cash")).ReadJsonAsync(HttpStatusCode.OK);
        await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(next), countedCash = (decimal)cash["cash"]! })).ReadJsonAsync(HttpStatusCode.Created);
        await (await station.Agent.PostAsJsonAsync($"/api/stations/{station.StationId}/settlements",
            new { businessDate = Text(next), countedCash = (decimal)cash["cash"]! })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 10m))).ReadJsonAsync(HttpStatusCode.Conflict);
        app.Clock.SetChina(next.AddDays(1), TimeOnly.MinValue);
        var third = await (await StationPost(station.Agent, station.StationId, "transactions", Withdrawal(account, 10m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Text(next.AddDays(1)), (string)third["businessDate"]!);
    }
}

public sealed class SqliteChinaDayTests(SqliteChinaDayApp app) : ChinaDayTests<SqliteChinaDayApp>(app);

public sealed class MariaDbChinaDayTests(MariaDbChinaDayApp app) : ChinaDayTests<MariaDbChinaDayApp>(app);
