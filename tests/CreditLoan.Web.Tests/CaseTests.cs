using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreditLoan.Web.Tests;

/// <summary>A platform on a clock the case tests set (UTC, as production's is).</summary>
public abstract class CaseApp : CreditLoanApp
{
    protected CaseApp(TestDatabase database) : base(database)
    {
        ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        Settings["Jwt:LifetimeMinutes"] = "10000000";
    }

    public SettableClock Clock { get; } = new(SettableClock.China(new DateOnly(2026, 3, 2), new TimeOnly(9, 0)));
}

public sealed class SqliteCaseApp() : CaseApp(TestDatabase.Sqlite);

public sealed class MariaDbCaseApp() : CaseApp(TestDatabase.MariaDb);

/// <summary>The 办不成事 cases and the ratings (好差评) over HTTP, on both databases (product.md §13, api.md "Cases and ratings").</summary>
public abstract partial class CaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseApp
{
    private sealed record World(BankSetup Bank, BankSetup OtherBank, EnterpriseSetup Enterprise, EnterpriseSetup OtherEnterprise, StationSetup Station,
        StationSetup OtherStation, HttpClient Bureau, JsonObject Application);

    /// <summary>Two banks, two enterprises, two stations; the enterprise's application to the first bank.</summary>
    private async Task<World> WorldAsync()
    {
        var bank = await app.NewBankAsync();
        var other = await app.NewBankAsync("另一家银行");
        var enterprise = await app.NewEnterpriseAsync();
        var product = await bank.Officer.CreateProductAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 100_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        return new World(bank, other, enterprise, await app.NewEnterpriseAsync(), await app.NewStationAsync(bank.BankId),
            await app.NewStationAsync(other.BankId, "另一个服务站"), await app.BureauAsync(), application);
    }

    private static async Task<JsonObject> LodgeAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await client.PostAsJsonAsync("/api/cases", body)).ReadJsonAsync(expected);

    private static Task<HttpResponseMessage> Act(HttpClient client, JsonNode @case, string action, object body) =>
        client.PostAsJsonAsync($"/api/cases/{@case["id"]}/{action}", body);

    private static Task<HttpResponseMessage> Get(HttpClient client, JsonNode @case) => client.GetAsync($"/api/cases/{@case["id"]}");

    private static async Task<List<string>> ListedAsync(HttpClient client, string query = "") =>
        (await (await client.GetAsync($"/api/cases?pageSize=200{query}")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
        .Select(i => (string)i!["id"]!).ToList();

    private async Task<List<(string Type, string Recipient, string Payload)>> OutboxAsync(string caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains(caseId)).OrderBy(m => m.Id).ToListAsync())
            .Select(m => (m.Type, m.Recipient, m.Payload)).ToList();
    }

    [Fact]
    public async Task Each_role_lodges_what_it_may_and_sees_only_its_own_cases()
    {
        app.Clock.SetChina(new DateOnly(2026, 3, 3), new TimeOnly(10, 0));
        var w = await WorldAsync();
        var about = new { subjectType = "Application", subjectId = (string)w.Application["id"]!, description = "申请提交一周无人受理" };

        var lodged = await LodgeAsync(w.Enterprise.Client, about);
        Assert.Equal("Open", (string)lodged["status"]!);
        Assert.Matches(@"^BJ20260303\d{5}$", (string)lodged["caseNo"]!);
        var next = await LodgeAsync(w.Enterprise.Client, about with { description = "又一次反映" });
        Assert.Equal(long.Parse(((string)lodged["caseNo"]!)[10..]) + 1, long.Parse(((string)next["caseNo"]!)[10..]));

        // another enterprise cannot name this application, nor see the case; a bank does not lodge
        await LodgeAsync(w.OtherEnterprise.Client, about, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.OtherEnterprise.Client, lodged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Bank.Officer.PostAsJsonAsync("/api/cases", about)).StatusCode);
        // an enterprise lodges its own: no onBehalfOf
        var onBehalf = await (await w.Enterprise.Client.PostAsJsonAsync("/api/cases",
            new { about.subjectType, about.subjectId, about.description, onBehalfOf = new { name = "王五", phone = "13912345678" } })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(onBehalf["errors"]!["onBehalfOf"]);

        // an agent lodges for a villager, who must be named with a phone; only about its own station
        var station = new { subjectType = "Station", subjectId = w.Station.StationId, description = "服务站不给办理取款" };
        var refused = await LodgeAsync(w.Station.Agent, station, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("OnBehalfOfRequired", (string)refused["code"]!);
        var villager = new { station.subjectType, station.subjectId, station.description, onBehalfOf = new { name = "李大爷", phone = "13912345678" } };
        var byAgent = await LodgeAsync(w.Station.Agent, villager);
        Assert.Equal("13912345678", (string)byAgent["onBehalfOf"]!["phone"]!);
        await LodgeAsync(w.OtherStation.Agent, villager, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.OtherStation.Agent, byAgent)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.Enterprise.Client, byAgent)).StatusCode);

        // the bureau, for a caller about a bank
        var byBureau = await LodgeAsync(w.Bureau, new { subjectType = "Bank", subjectId = w.Bank.BankId, description = "电话反映：银行柜台推诿" });
        Assert.Equal("Bureau", (string)byBureau["lodgedBy"]!);

        // the bank sees the enterprise's case only once it is assigned to it; the other bank never
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.Bank.Officer, lodged)).StatusCode);
        Assert.DoesNotContain((string)lodged["id"]!, await ListedAsync(w.Bank.Officer));
        await (await Act(w.Bureau, lodged, "triage", new { tier = "Ordinary", cause = "StaffConduct", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await Get(w.Bank.Officer, lodged)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains((string)lodged["id"]!, await ListedAsync(w.Bank.Officer));
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.OtherBank.Officer, lodged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.Station.Agent, lodged)).StatusCode);
        Assert.Empty(await ListedAsync(w.OtherBank.Officer));

        // the station's case assigned to its partner bank: the villager's phone is masked for the bank
        await (await Act(w.Bureau, byAgent, "triage", new { tier = "Simple", cause = "StaffConduct", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("139****5678", (string)(await (await Get(w.Bank.Officer, byAgent)).ReadJsonAsync(HttpStatusCode.OK))["onBehalfOf"]!["phone"]!);

        Assert.Equal(new[] { (string)lodged["id"]!, (string)next["id"]! }.Order(), (await ListedAsync(w.Enterprise.Client)).Order());
        var all = await ListedAsync(w.Bureau);
        Assert.Contains((string)byBureau["id"]!, all);
        Assert.Contains((string)byAgent["id"]!, all);
    }

    /// <summary>The due times of a simple and an ordinary case across the Spring Festival and its worked Saturdays, triaged at several hours.</summary>
    [Theory]
    [InlineData("2026-02-13T02:00:00Z", "Simple", "2026-02-13T16:00:00Z")]    // Friday 10:00 in China: the same day
    [InlineData("2026-02-13T10:00:00Z", "Simple", "2026-02-14T16:00:00Z")]    // Friday 18:00: after hours, the worked Saturday
    [InlineData("2026-02-13T16:30:00Z", "Simple", "2026-02-14T16:00:00Z")]    // Saturday 14th 00:30, a 调休 working day
    [InlineData("2026-02-14T12:00:00Z", "Simple", "2026-02-24T16:00:00Z")]    // Saturday 20:00: over the holiday
    [InlineData("2026-02-17T23:00:00Z", "Ordinary", "2026-02-26T16:00:00Z")]  // 18th 07:00, in the holiday: 24, 25, 26
    [InlineData("2026-02-26T20:00:00Z", "Complex", "2026-03-05T16:00:00Z")]   // Friday 27th 04:00: Sat 28, 2, 3, 4, 5 March
    public async Task Triage_sets_the_due_time_on_the_working_day_calendar(string at, string tier, string due)
    {
        app.Clock.Set(DateTimeOffset.Parse(at).AddMinutes(-10));
        var w = await WorldAsync();
        var lodged = await LodgeAsync(w.Enterprise.Client, new { subjectType = "Bank", subjectId = w.Bank.BankId, description = "柜台推诿" });
        app.Clock.Set(DateTimeOffset.Parse(at));
        var triaged = await (await Act(w.Bureau, lodged, "triage", new { tier, cause = "Other", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Assigned", DateTimeOffset.Parse(due)), ((string)triaged["status"]!, DateTimeOffset.Parse((string)triaged["dueAt"]!)));
        Assert.Equal(w.Bank.BankId, Guid.Parse((string)triaged["assigneeId"]!));
    }

    [Fact]
    public async Task Triage_reply_close_tell_the_person_and_the_assignee_and_keep_the_timeline()
    {
        app.Clock.SetChina(new DateOnly(2026, 3, 9), new TimeOnly(9, 30));
        var w = await WorldAsync();
        var lodged = await LodgeAsync(w.Enterprise.Client, new { subjectType = "Application", subjectId = (string)w.Application["id"]!, description = "无人受理" });
        var triage = new { tier = "Simple", cause = "StaffConduct", assignTo = "Bank" };
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(w.Bank.Officer, lodged, "triage", triage)).StatusCode);
        var bad = await (await Act(w.Bureau, lodged, "triage", new { tier = "Urgent", cause = "Other", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["tier"]);
        // the application was not made through a station: there is none to assign it to
        Assert.Equal("CaseAssigneeUnknown", (string)(await (await Act(w.Bureau, lodged, "triage", triage with { assignTo = "Station" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["code"]!);
        await (await Act(w.Bureau, lodged, "triage", triage)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Assigned", (string)(await (await Act(w.Bureau, lodged, "triage", triage)).ReadJsonAsync(HttpStatusCode.Conflict))["currentState"]!);

        var reply = new { text = "已电话联系企业，今日受理" };
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(w.Enterprise.Client, lodged, "reply", reply)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Act(w.OtherBank.Officer, lodged, "reply", reply)).StatusCode);
        Assert.Equal("CaseNotAssignedToYou", (string)(await (await Act(w.Bureau, lodged, "reply", reply)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity))["code"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await Act(w.Bureau, lodged, "close", new { outcome = "Fixed", reason = "未答复" })).StatusCode);
        app.Clock.SetChina(new DateOnly(2026, 3, 9), new TimeOnly(15, 0));
        var answered = await (await Act(w.Bank.Officer, lodged, "reply", reply)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Answered", (string)answered["status"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(w.Bank.Officer, lodged, "close", new { outcome = "Fixed", reason = "已受理" })).StatusCode);
        app.Clock.SetChina(new DateOnly(2026, 3, 11), new TimeOnly(10, 0)); // the bureau closes two days later: the answer was on time
        var closed = await (await Act(w.Bureau, lodged, "close", new { outcome = "Fixed", reason = "银行已受理申请并致歉" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Closed", true, "Fixed"), ((string)closed["status"]!, (bool)closed["closedOnTime"]!, (string)closed["outcome"]!));

        var seen = await (await Get(w.Enterprise.Client, lodged)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Open", "Assigned", "Answered", "Closed"], seen["history"]!.AsArray().Select(h => (string)h!["status"]!));
        Assert.Equal("已电话联系企业，今日受理", (string)seen["answer"]!);
        Assert.Equal("银行已受理申请并致歉", (string)seen["reason"]!);

        var sent = await OutboxAsync((string)lodged["id"]!);
        var person = $"enterprise:{w.Enterprise.EnterpriseId}";
        Assert.Equal(["CaseLodged", "CaseAssigned", "CaseAnswered", "CaseClosed"], sent.Where(m => m.Recipient == person).Select(m => m.Type));
        Assert.Equal(["CaseAssigned", "CaseClosed"], sent.Where(m => m.Recipient == $"bank:{w.Bank.BankId}").Select(m => m.Type));
        Assert.Equal(["CaseLodged", "CaseAnswered"], sent.Where(m => m.Recipient == "bureau").Select(m => m.Type));
        Assert.Contains("2026年3月9日24时", sent.Single(m => m.Recipient == person && m.Type == "CaseAssigned").Payload);
        // the person's messages are in its message centre
        var messages = await (await w.Enterprise.Client.GetAsync("/api/messages?pageSize=50")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(messages["items"]!.AsArray(), m => ((string)m!["text"]!).Contains("已办结：银行已受理申请并致歉"));
    }
}

public sealed class SqliteCaseTests(SqliteCaseApp app) : CaseTests<SqliteCaseApp>(app);

public sealed class MariaDbCaseTests(MariaDbCaseApp app) : CaseTests<MariaDbCaseApp>(app);
