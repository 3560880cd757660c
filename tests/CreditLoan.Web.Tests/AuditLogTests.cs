using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The bureau's audit log (<c>GET /api/audit</c>, <c>/export/audit</c>; issue 18) and the accounts list a bank's administrator
/// sees, on both databases and a clock the test sets: a row belongs to the China day of its instant (16:00 UTC is the next
/// China day's midnight), filters by actor, action, entity and outcome, newest first and paged; only the bureau reads it.
/// </summary>
public abstract class AuditLogTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    /// <summary>UTC instants and the China day each belongs to: either side of 16:00 UTC, and the hours where the two days differ.</summary>
    public static TheoryData<string, string> Instants => new()
    {
        { "2026-05-04T08:00:00Z", "2026-05-04" },
        { "2026-05-04T15:59:59Z", "2026-05-04" },
        { "2026-05-04T16:00:00Z", "2026-05-05" },
        { "2026-05-04T16:30:00Z", "2026-05-05" },
        { "2026-05-04T20:00:00Z", "2026-05-05" },
        { "2026-05-04T23:59:59Z", "2026-05-05" },
        { "2026-05-05T00:00:00Z", "2026-05-05" },
        { "2026-05-05T15:59:59Z", "2026-05-05" },
    };

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonObject> AuditAsync(HttpClient bureau, string query, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await bureau.GetAsync("/api/audit?" + query)).ReadJsonAsync(expected);

    [Theory]
    [MemberData(nameof(Instants))]
    public async Task A_row_belongs_to_the_China_day_of_its_instant(string instant, string chinaDay)
    {
        app.Clock.Set(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));
        var bureau = await app.BureauAsync();
        var bank = await (await bureau.PostAsJsonAsync("/api/banks", new { name = "审计银行", creditCode = TestData.CreditCode() }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = (string)bank["id"]!;
        var day = DateOnly.Parse(chinaDay, CultureInfo.InvariantCulture);

        var found = await AuditAsync(bureau, $"entityId={id}&action=CreateBank&from={Text(day)}&to={Text(day)}");
        Assert.Equal(1, (int)found["total"]!);
        var row = found["items"]![0]!;
        Assert.Equal("CreateBank", (string)row["action"]!);
        Assert.Equal(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), DateTimeOffset.Parse((string)row["at"]!, CultureInfo.InvariantCulture));
        Assert.Equal(CreditLoanApp.AdminUserName, (string)row["actor"]!);
        Assert.Equal("bureau", (string)row["actorRole"]!);
        // not on the day before or after, whichever UTC day the instant has
        Assert.Equal(0, (int)(await AuditAsync(bureau, $"entityId={id}&from={Text(day.AddDays(-1))}&to={Text(day.AddDays(-1))}"))["total"]!);
        Assert.Equal(0, (int)(await AuditAsync(bureau, $"entityId={id}&from={Text(day.AddDays(1))}&to={Text(day.AddDays(1))}"))["total"]!);
        // without dates: the 30 China days up to today, today being the instant's China day
        var recent = await AuditAsync(bureau, $"action=CreateBank&entityId={id}");
        Assert.Equal(1, (int)recent["total"]!);
        var window = await AuditAsync(bureau, "action=CreateBank&pageSize=1");
        Assert.Equal(chinaDay, (string)window["to"]!);
        Assert.Equal(Text(day.AddDays(-29)), (string)window["from"]!);
    }

    [Fact]
    public async Task The_bureau_filters_by_actor_action_entity_and_outcome_newest_first_and_paged()
    {
        app.Clock.SetChina(new DateOnly(2026, 6, 9), new TimeOnly(1, 15));   // 17:15 UTC on the 8th
        var bank = await app.NewBankAsync("审计筛选银行");
        var bureau = await app.BureauAsync();
        var adminName = TestData.UserName("auditadm");
        await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = adminName, password = Scenarios.Password, displayName = "管理员", role = "BankAdmin" })).ReadJsonAsync(HttpStatusCode.Created);
        var officer = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("auditoff"), password = Scenarios.Password, displayName = "信贷员", role = "BankOfficer" })).ReadJsonAsync(HttpStatusCode.Created);
        var officerId = (string)officer["id"]!;
        var admin = await app.ClientAsync(adminName, Scenarios.Password);
        app.Clock.Set(app.Clock.GetUtcNow().AddMinutes(1));
        await (await admin.PostAsync($"/api/users/{officerId}/disable", null)).ReadJsonAsync(HttpStatusCode.OK);
        app.Clock.Set(app.Clock.GetUtcNow().AddMinutes(1));
        await (await admin.PostAsync($"/api/users/{officerId}/disable", null)).ReadJsonAsync(HttpStatusCode.Conflict);   // refused: audited too
        const string day = "from=2026-06-09&to=2026-06-09";

        var byActor = await AuditAsync(bureau, $"actor={adminName}&action=DisableUser&{day}");
        Assert.Equal(2, (int)byActor["total"]!);
        var rows = byActor["items"]!.AsArray();
        Assert.Equal(["Refused", "Succeeded"], rows.Select(r => (string)r!["outcome"]!));                  // newest first
        Assert.All(rows, r => Assert.Equal(adminName, (string)r!["actor"]!));
        Assert.All(rows, r => Assert.Equal("bank", (string)r!["actorRole"]!));
        Assert.All(rows, r => Assert.Equal(officerId, (string)r!["entityId"]!));
        Assert.NotNull((string?)rows[0]!["actorUserId"]);
        Assert.Contains("Disabled", (string)rows[0]!["detail"]!);
        Assert.Null((string?)rows[1]!["detail"]);

        var refused = await AuditAsync(bureau, $"actor={adminName}&outcome=Refused&{day}");
        Assert.Equal(1, (int)refused["total"]!);
        // a user name is whole: another's that starts the same is not found by it
        Assert.Equal(0, (int)(await AuditAsync(bureau, $"actor={adminName[..^2]}&{day}"))["total"]!);

        // everything done to the officer: created by the bureau, then disabled twice, newest first; one row a page
        var entity = await AuditAsync(bureau, $"entityId={officerId}&{day}");
        Assert.Equal(["DisableUser", "DisableUser", "CreateBankUser"], entity["items"]!.AsArray().Select(r => (string)r!["action"]!));
        Assert.Equal(CreditLoanApp.AdminUserName, (string)entity["items"]![2]!["actor"]!);
        var second = await AuditAsync(bureau, $"entityId={officerId}&{day}&page=2&pageSize=1");
        Assert.Equal(3, (int)second["total"]!);
        Assert.Single(second["items"]!.AsArray());
        Assert.Equal((long)entity["items"]![1]!["id"]!, (long)second["items"]![0]!["id"]!);
        Assert.Equal(0, (int)(await AuditAsync(bureau, $"entityId={officerId}&from=2026-06-10&to=2026-06-10"))["total"]!);

        // bad filters are named
        var backwards = await AuditAsync(bureau, "from=2026-06-09&to=2026-06-08", HttpStatusCode.BadRequest);
        Assert.NotNull(backwards["errors"]!["to"]);
        var outcome = await AuditAsync(bureau, "outcome=Maybe", HttpStatusCode.BadRequest);
        Assert.NotNull(outcome["errors"]!["outcome"]);
        await AuditAsync(bureau, "pageSize=201", HttpStatusCode.BadRequest);

        // the portal's download: a title with the day, Chinese headers and action names, the count
        var csv = await (await PortalAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword))
            .GetStringAsync($"/export/audit?actor={adminName}&{day}&format=csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("审计日志", lines[0]);
        Assert.Contains("2026-06-09 至 2026-06-09", lines[1]);
        Assert.Contains($"操作人：{adminName}", lines[1]);
        Assert.Equal("时间（北京时间）,操作人,角色,操作,对象编号,结果", lines[2]);
        Assert.StartsWith("2026-06-09 01:17:00,", lines[3]);
        Assert.Contains("停用账号", lines[3]);
        Assert.Contains("被拒绝", lines[3]);
        Assert.DoesNotContain("DisableUser", csv);
        Assert.Equal("合计,2 条", lines[^1]);
    }

    [Fact]
    public async Task Only_the_bureau_reads_the_audit_log()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var enterprise = await app.NewEnterpriseAsync();
        foreach (var caller in new[] { bank.Officer, station.Agent, enterprise.Client })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync($"/api/audit?entityId={bank.BankId}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task A_bank_administrator_lists_its_own_banks_accounts_only_with_names()
    {
        var bureau = await app.BureauAsync();
        async Task<(Guid Bank, string Admin)> BankWithAdminAsync(string name)
        {
            var bank = await (await bureau.PostAsJsonAsync("/api/banks", new { name, creditCode = TestData.CreditCode() })).ReadJsonAsync(HttpStatusCode.Created);
            var id = Guid.Parse((string)bank["id"]!);
            var admin = TestData.UserName("listadm");
            await (await bureau.PostAsJsonAsync($"/api/banks/{id}/users", new { userName = admin, password = Scenarios.Password, displayName = "管理员" }))
                .ReadJsonAsync(HttpStatusCode.Created);
            await (await bureau.PostAsJsonAsync($"/api/banks/{id}/users", new { userName = TestData.UserName("listoff"), password = Scenarios.Password, displayName = "信贷员" }))
                .ReadJsonAsync(HttpStatusCode.Created);
            return (id, admin);
        }
        var (a, adminA) = await BankWithAdminAsync("甲行审计");
        var (b, _) = await BankWithAdminAsync("乙行审计");
        var station = await app.NewStationAsync(b);
        var admin = await app.ClientAsync(adminA, Scenarios.Password);

        var own = await (await admin.GetAsync("/api/users?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        var items = own["items"]!.AsArray();
        Assert.Equal(2, (int)own["total"]!);
        Assert.All(items, u => Assert.Equal(a.ToString(), (string)u!["bankId"]!));
        Assert.All(items, u => Assert.Equal("甲行审计", (string)u!["bankName"]!));
        Assert.Equal(["BankAdmin", "BankOfficer"], items.Select(u => (string)u!["role"]!).Order());
        var officers = await (await admin.GetAsync("/api/users?role=BankOfficer")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("BankOfficer", (string)officers["items"]!.AsArray().Single()!["role"]!);
        Assert.Equal(0, (int)(await (await admin.GetAsync("/api/users?disabled=true")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);
        // another bank's accounts are not there to name
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users?bankId={b}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/users?role=Chief")).StatusCode);

        // the bureau filters by station and reads the station's name
        var agents = await (await bureau.GetAsync($"/api/users?stationId={station.StationId}&role=Agent")).ReadJsonAsync(HttpStatusCode.OK);
        var agent = agents["items"]!.AsArray().Single()!;
        Assert.Equal(station.AgentUserName, (string)agent["userName"]!);
        Assert.Equal("翟村服务站", (string)agent["stationName"]!);
    }

    /// <summary>A browser's session: the portal's login form (its antiforgery token), then the cookie the downloads ask for.</summary>
    private async Task<HttpClient> PortalAsync(string userName, string password)
    {
        var portal = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await portal.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(Regex.Match(Regex.Match(page, """<input[^>]*name="__RequestVerificationToken"[^>]*>""").Value, "value=\"([^\"]*)\"").Groups[1].Value);
        using var response = await portal.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.UserName"] = userName, ["Input.Password"] = password,
        }));
        Assert.True((int)response.StatusCode is 302 or 303, $"portal sign-in of {userName}: {(int)response.StatusCode}");
        return portal;
    }
}

public sealed class SqliteAuditLogTests(SqliteChinaDayApp app) : AuditLogTests<SqliteChinaDayApp>(app);

public sealed class MariaDbAuditLogTests(MariaDbChinaDayApp app) : AuditLogTests<MariaDbChinaDayApp>(app);
