using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Calendars for every year (product.md §10): a provisional year computed from the statutory holidays, uploads checked
/// field by field, an official upload that moves open applications' deadlines (recorded and told), and the bureau's
/// reminder from 1 November.
/// </summary>
public abstract class CalendarApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Year2027(string springFestivalTo = "2027-02-11") => $$"""
        {"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知（测试用）",
         "holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"},{"name":"春节","from":"2027-02-05","to":"{{springFestivalTo}}"}],
         "adjustedWorkingDays":["2027-02-20"]}
        """;

    [Fact]
    public async Task A_year_without_an_arrangement_is_computed_and_marked_provisional()
    {
        var anonymous = app.CreateClient();
        var y2027 = await (await anonymous.GetAsync("/api/calendar/2031")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)y2027["official"]!);
        Assert.Contains(y2027["holidays"]!.AsArray(), h => (string)h!["name"]! == "春节" && (string)h["from"]! == "2031-01-22" && (string)h["to"]! == "2031-01-25");
        Assert.Empty(y2027["adjustedWorkingDays"]!.AsArray());
        var y2026 = await (await anonymous.GetAsync("/api/calendar/2026")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)y2026["official"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/calendar/2300")).StatusCode);
    }

    [Theory]
    [InlineData("""{"year":2028,"holidays":[{"name":"元旦","from":"2028-01-01","to":"2028-01-01"},{"name":"春节","from":"2027-12-31","to":"2028-01-02"}]}""", "holidays[1].from")]
    [InlineData("""{"year":2028,"holidays":[{"name":"春节","from":"2028-01-25","to":"2028-01-31"},{"name":"假日","from":"2028-01-30","to":"2028-02-02"}]}""", "holidays[1].from")]
    [InlineData("""{"year":2028,"holidays":[{"name":"","from":"2028-01-01","to":"2028-01-01"}]}""", "holidays[0].name")]
    [InlineData("""{"year":2028,"holidays":[{"name":"元旦","from":"2028-01-03","to":"2028-01-01"}]}""", "holidays[0].to")]
    [InlineData("""{"year":2028,"holidays":[],"adjustedWorkingDays":["2028-01-05"]}""", "adjustedWorkingDays[0]")]
    [InlineData("""{"year":1999,"holidays":[]}""", "year")]
    [InlineData("""{"year":2028,"holidays":[""", "body")]
    public async Task An_upload_that_breaks_a_rule_is_refused_naming_the_field(string body, string field)
    {
        var bureau = await app.BureauAsync();
        var refused = await (await bureau.PutAsync("/api/calendar/2028", Json(body))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey(field), refused.ToJsonString());
        Assert.False((bool)(await (await bureau.GetAsync("/api/calendar/2028")).ReadJsonAsync(HttpStatusCode.OK))["official"]!);
    }

    [Fact]
    public async Task Nonsense_uploads_are_refused_whole()
    {
        var bureau = await app.BureauAsync();
        var name = new string('节', 1000);
        var holidays = string.Join(",", Enumerable.Range(0, 500).Select(_ => $$"""{"name":"{{name}}","from":"2029-01-01","to":"2029-12-31"}"""));
        var refused = await (await bureau.PutAsync("/api/calendar/2029", Json($$"""{"year":2029,"holidays":[{{holidays}}]}"""))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("holidays"), refused.ToJsonString());
        var longName = await (await bureau.PutAsync("/api/calendar/2029",
            Json($$"""{"year":2029,"holidays":[{"name":"{{name}}","from":"2029-01-01","to":"2029-01-01"}]}"""))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(longName["errors"]!.AsObject().ContainsKey("holidays[0].name"), longName.ToJsonString());
        var wrongYear = await (await bureau.PutAsync("/api/calendar/2029", Json(Year2027()))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongYear["errors"]!.AsObject().ContainsKey("year"));
        var bank = await app.NewBankAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.PutAsync("/api/calendar/2029", Json("""{"year":2029,"holidays":[]}"""))).StatusCode);
    }

    [Fact]
    public async Task The_official_arrangement_moves_open_deadlines_and_tells_both_parties()
    {
        // Wednesday 3 February 2027, 10:00 China time: 2027 has only its provisional calendar (除夕 5th to 初三 8th)
        app.Clock.SetChina(new DateOnly(2027, 2, 3), new TimeOnly(10, 0));
        var bureau = await app.BureauAsync();
        var status = await (await bureau.GetAsync("/api/calendar/status")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)status["official"]!);
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        async Task<JsonObject> Apply() => await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 50_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        var submitted = await Apply();
        var accepted = await Apply();
        await (await bank.Officer.PostAsync($"/api/applications/{accepted["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        var closed = await Apply();
        await (await enterprise.Client.PostAsync($"/api/applications/{closed["id"]}/withdraw", null)).ReadJsonAsync(HttpStatusCode.OK);
        // Thursday 4th (1), then 5th–8th off and the weekend: Tuesday 9th (2) — due at its end, 16:00 UTC
        Assert.Equal(new DateTimeOffset(2027, 2, 9, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)submitted["acceptDueAt"]!, CultureInfo.InvariantCulture));

        // the official arrangement gives 5th–11th off: 2 working days after the 3rd end on Friday 12th; 5 end on Wednesday 17th
        app.Clock.SetChina(new DateOnly(2027, 2, 3), new TimeOnly(15, 0));
        var saved = await (await bureau.PutAsync("/api/calendar/2027", Json(Year2027()))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)saved["official"]!);
        Assert.True((bool)(await (await app.CreateClient().GetAsync("/api/calendar/2027")).ReadJsonAsync(HttpStatusCode.OK))["official"]!);
        var moved = await (await enterprise.Client.GetAsync($"/api/applications/{submitted["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2027, 2, 12, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)moved["acceptDueAt"]!, CultureInfo.InvariantCulture));
        Assert.Equal("Submitted", (string)moved["status"]!);
        var note = (string)moved["history"]!.AsArray().Last()!["note"]!;
        Assert.Contains("2027年放假安排已更新", note);
        Assert.Contains("2027-02-13 00:00", note);
        var decide = await (await bank.Officer.GetAsync($"/api/applications/{accepted["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2027, 2, 17, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)decide["decideDueAt"]!, CultureInfo.InvariantCulture));
        var untouched = await (await enterprise.Client.GetAsync($"/api/applications/{closed["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, untouched["history"]!.AsArray().Count);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var told = await db.Outbox.AsNoTracking().Where(m => m.Type == "ApplicationDeadlineChanged").ToListAsync();
            Assert.Equal(2, told.Count(m => m.Recipient == "13812345678"));
            Assert.Equal(2, told.Count(m => m.Recipient == $"bank:{bank.BankId}"));
        }

        // uploading the same arrangement again moves nothing and tells nobody
        await (await bureau.PutAsync("/api/calendar/2027", Json(Year2027()))).ReadJsonAsync(HttpStatusCode.OK);
        var again = await (await enterprise.Client.GetAsync($"/api/applications/{submitted["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(moved["history"]!.AsArray().Count, again["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task From_the_first_of_November_the_bureau_is_reminded_once_while_next_year_is_provisional()
    {
        var bureau = await app.BureauAsync();
        var reminder = ActivatorUtilities.CreateInstance<CalendarReminderService>(app.Services);
        async Task<bool> Due() => (bool)(await (await bureau.GetAsync("/api/calendar/status")).ReadJsonAsync(HttpStatusCode.OK))["reminderDue"]!;

        // 2030 has no official arrangement; the reminder for it starts at 00:00 on 1 November 2029, China time (16:00 UTC on 31 October)
        app.Clock.SetChina(new DateOnly(2029, 10, 31), new TimeOnly(23, 59, 59));
        Assert.False(await Due());
        Assert.Null(await reminder.RemindAsync(CancellationToken.None));
        app.Clock.SetChina(new DateOnly(2029, 11, 1), TimeOnly.MinValue);
        Assert.True(await Due());
        // the hosted job may have sent it already: either way, one notice for 2030
        await reminder.RemindAsync(CancellationToken.None);
        Assert.Null(await reminder.RemindAsync(CancellationToken.None));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.DeduplicationKey == "calendar-reminder:2030" && m.Recipient == "bureau"));
        }
        (await bureau.PutAsync("/api/calendar/2030", Json("""{"year":2030,"holidays":[{"name":"元旦","from":"2030-01-01","to":"2030-01-01"}],"adjustedWorkingDays":[]}""")))
            .EnsureSuccessStatusCode();
        Assert.False(await Due());
    }
}

public sealed class SqliteCalendarApiTests(SqliteChinaDayApp app) : CalendarApiTests<SqliteChinaDayApp>(app);

public sealed class MariaDbCalendarApiTests(MariaDbChinaDayApp app) : CalendarApiTests<MariaDbChinaDayApp>(app);
