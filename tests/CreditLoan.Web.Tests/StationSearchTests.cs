using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The agent's transaction search and the 日结单 (issue 18), on both databases and a clock set in UTC: a search's days are China
/// days (a posting at 16:00 UTC or later is on the next China day, even while the station's business date is still the day
/// before), narrowed by account and type, paged, refused field by field, and only for the station's own agents and bank.
/// </summary>
public abstract class StationSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonNode> PostAsync(HttpClient agent, Guid stationId, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{stationId}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await (await agent.SendAsync(request)).ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<(BankSetup Bank, StationSetup Station, string Wang, string Li)> StationAsync()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        async Task<string> Open(string holder) => (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = holder, idNumber = "11010519491231002X", openingBalance = 5_000m })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;
        return (bank, station, await Open("王大爷"), await Open("李大妈"));
    }

    public static TheoryData<string, string> LateUtcHours => new()
    {
        { "16:00:00", "2026-05-04" },     // 00:00 China time, the next day
        { "17:00:00", "2026-05-11" },
        { "20:30:00", "2026-05-18" },
        { "23:59:59", "2026-05-25" },     // 07:59:59 China time
    };

    [Theory]
    [MemberData(nameof(LateUtcHours))]
    public async Task A_search_by_China_days_puts_a_posting_after_16_00_UTC_on_the_next_day(string utcHour, string utcDate)
    {
        var day = DateOnly.Parse(utcDate, CultureInfo.InvariantCulture);                 // the UTC date; China's is the same until 16:00 UTC
        app.Clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 59)), TimeSpan.Zero)); // 23:59 China time on `day`
        var (bank, station, wang, li) = await StationAsync();
        var path = $"/api/stations/{station.StationId}/transactions";
        await PostAsync(station.Agent, station.StationId, "cash/replenish", new { amount = 3_000m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashDeposit", accountNo = wang, amount = 100m });

        app.Clock.Set(new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(utcHour, CultureInfo.InvariantCulture)), TimeSpan.Zero));
        var late = await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashDeposit", accountNo = wang, amount = 200m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashWithdrawal", accountNo = li, amount = 50m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "Transfer", accountNo = li, toAccountNo = wang, amount = 30m });
        Assert.Equal(Text(day), (string)late["businessDate"]!);      // the day left open takes the postings after China midnight

        async Task<JsonNode> Search(string query, HttpClient? client = null) =>
            await ((await (client ?? station.Agent).GetAsync($"{path}?{query}")).ReadJsonAsync(HttpStatusCode.OK));
        List<decimal> Amounts(JsonNode list) => list["items"]!.AsArray().Select(t => (decimal)t!["amount"]!).ToList();

        var next = day.AddDays(1);
        Assert.Equal([3_000m, 100m], Amounts(await Search($"from={Text(day)}&to={Text(day)}")));
        Assert.Equal([200m, 50m, 30m], Amounts(await Search($"from={Text(next)}&to={Text(next)}")));
        Assert.Equal([200m, 50m, 30m], Amounts(await Search($"from={Text(next)}")));
        Assert.Equal([3_000m, 100m], Amounts(await Search($"to={Text(day)}")));
        // by business date (the contract's ?date=), all five are on `day`
        Assert.Equal(5, (int)(await Search($"date={Text(day)}"))["total"]!);
        // an account (either side of a transfer), a type, both; an account the bank does not have finds nothing
        var range = $"from={Text(day)}&to={Text(next)}";
        Assert.Equal([100m, 200m, 30m], Amounts(await Search($"{range}&accountNo={wang}")));
        Assert.Equal([50m, 30m], Amounts(await Search($"{range}&accountNo=%20{li}%20")));
        Assert.Equal([100m, 200m], Amounts(await Search($"{range}&accountNo={wang}&type=CashDeposit")));
        Assert.Equal([3_000m], Amounts(await Search($"{range}&type=Replenish")));
        Assert.Equal(0, (int)(await Search($"{range}&accountNo=6200000000000000"))["total"]!);
        // paged, oldest first
        var second = await Search($"{range}&page=2&pageSize=2");
        Assert.Equal(5, (int)second["total"]!);
        Assert.Equal([200m, 50m], Amounts(second));
        // the partner bank reads it too; another station's agent gets 404
        Assert.Equal(5, (int)(await Search(range, bank.Officer))["total"]!);
        var stranger = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Agent.GetAsync($"{path}?{range}")).StatusCode);

        // refused field by field
        foreach (var (query, field) in new[] { ($"from={Text(next)}&to={Text(day)}", "to"), ("type=Bogus", "type"), ($"date={Text(day)}&from={Text(day)}", "date"),
                     ($"accountNo={new string('6', 41)}", "accountNo"), ("from=2026-13-01", "from") })
        {
            var refused = await (await station.Agent.GetAsync($"{path}?{query}")).ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(refused["errors"]!.AsObject().ContainsKey(field), $"{query}: {refused.ToJsonString()}");
        }
    }

    [Fact]
    public async Task The_daily_summary_shows_each_type_and_the_cash_before_the_close_and_as_recorded_after_it()
    {
        var day = new DateOnly(2026, 6, 2);
        app.Clock.SetChina(day, new TimeOnly(9, 0));
        var (bank, station, wang, _) = await StationAsync();
        var days = $"/api/stations/{station.StationId}/settlements";
        await PostAsync(station.Agent, station.StationId, "cash/replenish", new { amount = 1_000m });
        var deposit = await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashDeposit", accountNo = wang, amount = 200m });
        await PostAsync(station.Agent, station.StationId, "transactions", new { type = "CashWithdrawal", accountNo = wang, amount = 50m });
        await PostAsync(station.Agent, station.StationId, $"transactions/{deposit["id"]}/reverse", new { });

        // before the close: what closing would report, no count yet
        var open = await (await station.Agent.GetAsync($"{days}/{Text(day)}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)open["closed"]!);
        Assert.Equal(4, (int)open["transactions"]!);
        Assert.Equal(0m, (decimal)open["openingCash"]!);
        Assert.Equal(950m, (decimal)open["expectedCash"]!);                         // 1,000 + 200 − 50 − 200 (the deposit reversed)
        Assert.Null(open["countedCash"]);
        var lines = open["lines"]!.AsArray().ToDictionary(l => (string)l!["type"]!, l => ((int)l!["count"]!, (decimal)l["amount"]!));
        Assert.Equal((1, 1_000m), lines["Replenish"]);
        Assert.Equal((1, 200m), lines["CashDeposit"]);
        Assert.Equal((1, 50m), lines["CashWithdrawal"]);
        Assert.Equal((1, 200m), lines["Reversal"]);
        Assert.Equal("翟村服务站", (string)open["stationName"]!);

        // closed 16:30 China time with 10 yuan short: the figures as recorded, listed for reprinting
        app.Clock.SetChina(day, new TimeOnly(16, 30));
        await (await station.Agent.PostAsJsonAsync(days, new { businessDate = Text(day), countedCash = 940m })).ReadJsonAsync(HttpStatusCode.Created);
        var closed = await (await bank.Officer.GetAsync($"{days}/{Text(day)}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)closed["closed"]!);
        Assert.Equal(950m, (decimal)closed["expectedCash"]!);
        Assert.Equal(940m, (decimal)closed["countedCash"]!);
        Assert.Equal(-10m, (decimal)closed["difference"]!);
        Assert.NotNull(closed["closedBy"]);
        var list = await (await station.Agent.GetAsync(days)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Text(day), (string)list["items"]![0]!["businessDate"]!);
        Assert.Equal(-10m, (decimal)list["items"]![0]!["difference"]!);
        // the next day starts from the counted cash
        app.Clock.SetChina(day.AddDays(1), new TimeOnly(0, 30));
        var tomorrow = await (await station.Agent.GetAsync($"{days}/{Text(day.AddDays(1))}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(940m, (decimal)tomorrow["openingCash"]!);
        Assert.Equal(0, (int)tomorrow["transactions"]!);
        // another station's agent: 404; a date that is not one: 400
        var stranger = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Agent.GetAsync($"{days}/{Text(day)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Agent.GetAsync(days)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await station.Agent.GetAsync($"{days}/2026-02-30")).StatusCode);

        // the commission statement names the station and the bank (its printed title)
        var statement = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/commissions?month=2026-06")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("翟村服务站", (string)statement["stationName"]!);
        Assert.Equal("定州农商银行", (string)statement["bankName"]!);
    }
}

public sealed class SqliteStationSearchTests(SqliteChinaDayApp app) : StationSearchTests<SqliteChinaDayApp>(app);

public sealed class MariaDbStationSearchTests(MariaDbChinaDayApp app) : StationSearchTests<MariaDbChinaDayApp>(app);
