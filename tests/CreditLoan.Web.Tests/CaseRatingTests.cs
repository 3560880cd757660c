using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>Ratings once, follow-ups of bad ones, the 督办 of overdue cases and the service-quality statistics (考核).</summary>
public abstract partial class CaseTests<TApp>
{
    private static Task<HttpResponseMessage> Rate(HttpClient client, string type, object id, int score, string? comment = null) =>
        client.PostAsJsonAsync("/api/ratings", new { subjectType = type, subjectId = id, score, comment });

    private async Task<string> DecideAsync(World w, bool disburse)
    {
        var id = (string)w.Application["id"]!;
        await (await w.Bank.Officer.PostAsync($"/api/applications/{id}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await w.Bank.Officer.PostAsJsonAsync($"/api/applications/{id}/approve",
            new { amount = 100_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.OK);
        if (disburse)
            await (await w.Bank.Officer.PostAsJsonAsync($"/api/applications/{id}/disburse",
                new { amount = 100_000m, disbursedOn = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static async Task<string> DepositAsync(World w, HttpClient bankOfficer)
    {
        var account = await (await bankOfficer.PostAsJsonAsync($"/api/banks/{w.Bank.BankId}/accounts",
            new { holderName = "王大爷", idNumber = "11010519491231002X", openingBalance = 0m })).ReadJsonAsync(HttpStatusCode.Created);
        using var deposit = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{w.Station.StationId}/transactions")
            { Content = JsonContent.Create(new { type = "CashDeposit", accountNo = (string)account["accountNo"]!, amount = 200m }) };
        deposit.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return (string)(await (await w.Station.Agent.SendAsync(deposit)).ReadJsonAsync(HttpStatusCode.Created))["id"]!;
    }

    [Fact]
    public async Task Each_service_is_rated_once_and_a_bad_rating_opens_a_follow_up_for_the_party_rated()
    {
        // Thursday 14 May, later than the other tests' days: the loan is disbursed in a month the portfolio has not closed
        app.Clock.SetChina(new DateOnly(2026, 5, 14), new TimeOnly(11, 0));
        var w = await WorldAsync();
        var application = (string)w.Application["id"]!;
        Assert.Equal("Submitted", (string)(await (await Rate(w.Enterprise.Client, "Application", application, 5)).ReadJsonAsync(HttpStatusCode.Conflict))["currentState"]!);
        await DecideAsync(w, disburse: true);
        Assert.Equal(HttpStatusCode.NotFound, (await Rate(w.OtherEnterprise.Client, "Application", application, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Rate(w.Bank.Officer, "Application", application, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Rate(w.Enterprise.Client, "Application", application, 6)).StatusCode);

        // the application's own rating endpoint is the same rating: a 2 is followed up, and once is once on either route
        var rated = await (await w.Enterprise.Client.PostAsJsonAsync($"/api/applications/{application}/rating", new { score = 2, comment = "放款前反复要求补材料" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, (int)rated["score"]!);
        Assert.Equal("AlreadyRated", (string)(await (await Rate(w.Enterprise.Client, "Application", application, 5)).ReadJsonAsync(HttpStatusCode.Conflict))["code"]!);
        await (await w.Enterprise.Client.PostAsJsonAsync($"/api/applications/{application}/rating", new { score = 4 })).ReadJsonAsync(HttpStatusCode.Conflict);

        var followUp = (await (await w.Enterprise.Client.GetAsync("/api/cases")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Single()!;
        Assert.Equal(("Assigned", "Bank", "Complex"), ((string)followUp["status"]!, (string)followUp["assignTo"]!, (string)followUp["tier"]!));
        Assert.Equal(w.Bank.BankId, Guid.Parse((string)followUp["assigneeId"]!));
        Assert.Equal(SettableClock.China(new DateOnly(2026, 5, 21), TimeOnly.MinValue).AddDays(1), DateTimeOffset.Parse((string)followUp["dueAt"]!)); // Fri 15 … Thu 21
        Assert.NotNull(followUp["followUpOfRatingId"]);
        Assert.Contains("放款前反复要求补材料", (string)followUp["description"]!);
        await (await Get(w.Bank.Officer, followUp)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(w.OtherBank.Officer, followUp)).StatusCode);

        // a villager's rating of a station transaction, recorded by the agent at the counter: a 1 is the station's to put right
        var tx = await DepositAsync(w, w.Bank.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await Rate(w.Enterprise.Client, "StationTransaction", tx, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Rate(w.OtherStation.Agent, "StationTransaction", tx, 1)).StatusCode);
        var bad = await (await Rate(w.Station.Agent, "StationTransaction", tx, 1, "排队太久")).ReadJsonAsync(HttpStatusCode.Created);
        var stationCase = await (await w.Station.Agent.GetAsync($"/api/cases/{bad["followUpCaseId"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Station", w.Station.StationId), ((string)stationCase["assignTo"]!, Guid.Parse((string)stationCase["assigneeId"]!)));
        Assert.Equal(HttpStatusCode.Conflict, (await Rate(w.Station.Agent, "StationTransaction", tx, 5)).StatusCode);

        // a case is rated once it is closed, by the person it served — not by its assignee
        await (await Act(w.Station.Agent, stationCase, "reply", new { text = "已增加窗口" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await Rate(w.Station.Agent, "Case", (string)stationCase["id"]!, 4)).StatusCode);
        await (await Act(w.Bureau, stationCase, "close", new { outcome = "Fixed", reason = "服务站已增加窗口" })).ReadJsonAsync(HttpStatusCode.OK);
        var good = await (await Rate(w.Station.Agent, "Case", (string)stationCase["id"]!, 4)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Null(good["followUpCaseId"]);
        await (await Act(w.Bank.Officer, followUp, "reply", new { text = "已整改" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(w.Bureau, followUp, "close", new { outcome = "Explained", reason = "已说明" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await Rate(w.OtherEnterprise.Client, "Case", (string)followUp["id"]!, 5)).StatusCode);
        await (await Rate(w.Enterprise.Client, "Case", (string)followUp["id"]!, 5)).ReadJsonAsync(HttpStatusCode.Created);

        var verify = await (await w.Bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
        Assert.True((int)verify["ratingsChecked"]! >= 4);
    }

    [Fact]
    public async Task An_overdue_case_is_escalated_to_its_assignee_once_and_listed_for_the_bureau()
    {
        app.Clock.SetChina(new DateOnly(2026, 3, 16), new TimeOnly(10, 0)); // Monday
        var w = await WorldAsync();
        var lodged = await LodgeAsync(w.Enterprise.Client, new { subjectType = "Application", subjectId = (string)w.Application["id"]!, description = "拒绝理由不清" });
        var triaged = await (await Act(w.Bureau, lodged, "triage", new { tier = "Simple", cause = "Policy", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(SettableClock.China(new DateOnly(2026, 3, 17), TimeOnly.MinValue), DateTimeOffset.Parse((string)triaged["dueAt"]!));
        var supervision = ActivatorUtilities.CreateInstance<OverdueSupervisionService>(app.Services);
        var id = (string)lodged["id"]!;

        app.Clock.Set(SettableClock.China(new DateOnly(2026, 3, 16), new TimeOnly(23, 59, 59))); // in time
        await supervision.RunOnceAsync(CancellationToken.None);
        Assert.DoesNotContain(id, await ListedAsync(w.Bureau, "&overdue=true"));
        Assert.DoesNotContain(await OutboxAsync(id), m => m.Type == "CaseOverdue");

        app.Clock.Set(SettableClock.China(new DateOnly(2026, 3, 17), new TimeOnly(0, 30))); // 16:30 UTC: half an hour late
        Assert.Contains(id, await ListedAsync(w.Bureau, "&overdue=true"));
        Assert.Contains(id, await ListedAsync(w.Bank.Officer, "&overdue=true"));
        Assert.DoesNotContain(id, await ListedAsync(w.Bureau, "&overdue=false"));
        Assert.Empty(await ListedAsync(w.OtherBank.Officer, "&overdue=true"));
        await supervision.RunOnceAsync(CancellationToken.None);
        await supervision.RunOnceAsync(CancellationToken.None);
        var sent = await OutboxAsync(id);
        Assert.Equal($"bank:{w.Bank.BankId}", Assert.Single(sent, m => m.Type == "CaseOverdue").Recipient);
        Assert.Equal($"enterprise:{w.Enterprise.EnterpriseId}", Assert.Single(sent, m => m.Type == "CaseSupervised").Recipient);
        var seen = await (await Get(w.Enterprise.Client, lodged)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)seen["overdue"]!);
        Assert.Contains(seen["history"]!.AsArray(), h => ((string?)h!["note"])?.StartsWith("督办") == true);

        await (await Act(w.Bank.Officer, lodged, "reply", new { text = "已补充说明拒绝理由" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(id, await ListedAsync(w.Bureau, "&overdue=true"));
        var closed = await (await Act(w.Bureau, lodged, "close", new { outcome = "Explained", reason = "已向企业说明" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)closed["closedOnTime"]!);
    }

    [Fact]
    public async Task Service_quality_counts_cases_on_time_and_ratings_per_bank_and_station_and_each_sees_its_own()
    {
        app.Clock.SetChina(new DateOnly(2026, 4, 1), new TimeOnly(9, 0)); // Wednesday
        var w = await WorldAsync();
        var onTime = await LodgeAsync(w.Enterprise.Client, new { subjectType = "Bank", subjectId = w.Bank.BankId, description = "一" });
        var late = await LodgeAsync(w.Enterprise.Client, new { subjectType = "Bank", subjectId = w.Bank.BankId, description = "二" });
        foreach (var c in new[] { onTime, late })
            await (await Act(w.Bureau, c, "triage", new { tier = "Simple", cause = "MissingMaterial", assignTo = "Bank" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(w.Bank.Officer, onTime, "reply", new { text = "已答复" })).ReadJsonAsync(HttpStatusCode.OK);
        app.Clock.SetChina(new DateOnly(2026, 4, 2), new TimeOnly(9, 0));
        await (await Act(w.Bank.Officer, late, "reply", new { text = "迟到的答复" })).ReadJsonAsync(HttpStatusCode.OK);
        foreach (var c in new[] { onTime, late })
            await (await Act(w.Bureau, c, "close", new { outcome = "Fixed", reason = "已办结" })).ReadJsonAsync(HttpStatusCode.OK);
        await DecideAsync(w, disburse: false);
        await (await Rate(w.Enterprise.Client, "Application", (string)w.Application["id"]!, 2)).ReadJsonAsync(HttpStatusCode.Created); // + a follow-up case
        await (await Rate(w.Enterprise.Client, "Case", (string)onTime["id"]!, 5)).ReadJsonAsync(HttpStatusCode.Created);
        var tx = await DepositAsync(w, w.Bank.Officer);
        await (await Rate(w.Station.Agent, "StationTransaction", tx, 4)).ReadJsonAsync(HttpStatusCode.Created);

        var range = "from=2026-04-01&to=2026-04-30";
        JsonNode Row(JsonObject table, Guid id) => table["items"]!.AsArray().Single(i => Guid.Parse((string)i!["id"]!) == id)!;
        var byBank = await (await w.Bureau.GetAsync($"/api/stats/service-quality?by=bank&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        var row = Row(byBank, w.Bank.BankId);
        Assert.Equal((3, 2, 1, 0.5m), ((int)row["cases"]!, (int)row["closed"]!, (int)row["closedOnTime"]!, (decimal)row["onTimeRate"]!));
        Assert.Equal((2, 3.5m, 0.5m), ((int)row["ratings"]!, (decimal)row["avgScore"]!, (decimal)row["satisfactionRate"]!));
        Assert.Equal(0, (int)Row(byBank, w.OtherBank.BankId)["cases"]!);
        var byStation = await (await w.Bureau.GetAsync($"/api/stats/service-quality?by=station&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 4m, 1m), ((int)Row(byStation, w.Station.StationId)["ratings"]!, (decimal)Row(byStation, w.Station.StationId)["avgScore"]!,
            (decimal)Row(byStation, w.Station.StationId)["satisfactionRate"]!));
        var byCause = await (await w.Bureau.GetAsync($"/api/stats/service-quality?by=cause&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((int)byCause["items"]!.AsArray().Single(i => (string)i!["id"]! == "MissingMaterial")!["cases"]! >= 2);

        // a bank sees its own row (and its stations), a station agent its station's; nobody another's
        var own = await (await w.Bank.Officer.GetAsync($"/api/stats/service-quality?by=bank&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(w.Bank.BankId, Guid.Parse((string)own["items"]!.AsArray().Single()!["id"]!));
        var stranger = await (await w.OtherBank.Officer.GetAsync($"/api/stats/service-quality?by=station&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(w.OtherStation.StationId, Guid.Parse((string)stranger["items"]!.AsArray().Single()!["id"]!));
        var agent = await (await w.Station.Agent.GetAsync($"/api/stats/service-quality?by=station&{range}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)agent["items"]!.AsArray().Single()!["ratings"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Enterprise.Client.GetAsync($"/api/stats/service-quality?{range}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await w.Bureau.GetAsync($"/api/stats/service-quality?by=township&{range}")).StatusCode);

        var csv = await w.Bureau.GetAsync($"/api/stats/service-quality?by=bank&{range}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"{w.Bank.BankId},", await csv.Content.ReadAsStringAsync());
        var xlsx = await w.Bureau.GetAsync($"/api/stats/service-quality?by=station&{range}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);

        var verify = await (await w.Bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}
