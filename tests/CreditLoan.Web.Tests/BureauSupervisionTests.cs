using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

public sealed class SqliteSupervisionApp() : ChinaDayApp(TestDatabase.Sqlite);

public sealed class MariaDbSupervisionApp() : ChinaDayApp(TestDatabase.MariaDb);

/// <summary>
/// The bureau's supervision (issue 18) on a county of two banks, two enterprises in two townships and two industries, and a
/// station: every figure of the overview and of the breakdowns by bank, township and industry, and of the stations, equals the
/// count (and the amount) of the list behind it — one application submitted at 16:30 UTC, which is 00:30 the next day in
/// China, counts on that China day there and in its list —; the overdue list names enterprise, bank and product with hours
/// and working days; a 督办 note is recorded, queued to the bank, read by that bank and by no other, and only the bureau may
/// write one; the list's download is titled, in Chinese, with its totals.
/// </summary>
public abstract class BureauSupervisionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    private static readonly DateOnly March2 = new(2026, 3, 2);

    private static Task<HttpResponseMessage> Act(HttpClient c, JsonObject application, string action, object? body = null) =>
        body is null ? c.PostAsync($"/api/applications/{application["id"]}/{action}", null) : c.PostAsJsonAsync($"/api/applications/{application["id"]}/{action}", body);

    private static async Task<JsonObject> Apply(HttpClient client, JsonObject product, decimal amount, Guid? enterpriseId = null) =>
        await (await client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount, termMonths = 12, enterpriseId }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Action<JsonObject> Anyone(string name) => p =>
    {
        p["name"] = name;
        p["industries"] = new JsonArray();
        p["divisions"] = new JsonArray("130682");
    };

    private sealed record County(HttpClient Bureau, BankSetup A, BankSetup B, EnterpriseSetup E1, EnterpriseSetup E2, StationSetup Station,
        JsonObject Loan, JsonObject AfterMidnight, JsonObject Rejected, JsonObject LastOfMarch);

    /// <summary>The county, built once per platform (the facts share it; only the 督办 fact writes notes).</summary>
    private static Task<County>? _county;

    private static readonly SemaphoreSlim Building = new(1, 1);

    private async Task<County> CountyAsync()
    {
        await Building.WaitAsync();
        try
        {
            return await (_county ??= BuildCountyAsync());
        }
        finally
        {
            Building.Release();
        }
    }

    /// <summary>March 2026, in China time; the clock left at 10:00 on 1 April.</summary>
    private async Task<County> BuildCountyAsync()
    {
        app.Clock.SetChina(March2, new TimeOnly(9, 0));
        var bureau = await app.BureauAsync();
        var a = await app.NewBankAsync("甲银行");
        var b = await app.NewBankAsync("乙银行");
        var e1Code = TestData.CreditCode();
        var e1 = await app.NewEnterpriseAsync(TestData.RegistryRow(e1Code, name: "定州市牛牛养殖专业合作社", industry: "A03", division: "130682101200"), e1Code);
        var e2Code = TestData.CreditCode();
        var e2 = await app.NewEnterpriseAsync(TestData.RegistryRow(e2Code, name: "定州市恒达机械厂", type: "Company", industry: "C34", division: "130682102202"), e2Code);
        var station = await app.NewStationAsync(a.BankId);
        (await e1.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = station.StationId })).EnsureSuccessStatusCode();
        var pa = await a.Officer.CreateProductAsync(Anyone("甲-牧业贷"));
        var pb = await b.Officer.CreateProductAsync(Anyone("乙-制造贷"));

        // 2 March 10:00: e1 to bank A, disbursed the same day
        app.Clock.SetChina(March2, new TimeOnly(10, 0));
        var loan = await Apply(e1.Client, pa, 12_345.67m);
        await (await Act(a.Officer, loan, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(a.Officer, loan, "approve", new { amount = 12_345.67m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(a.Officer, loan, "disburse", new { amount = 12_345.67m, disbursedOn = "2026-03-02" })).ReadJsonAsync(HttpStatusCode.OK);

        // 16:30 UTC on 3 March is 00:30 on 4 March in China: e2 to bank B, never accepted (due at the end of Friday 6 March)
        app.Clock.Set(new DateTimeOffset(2026, 3, 3, 16, 30, 0, TimeSpan.Zero));
        var afterMidnight = await Apply(e2.Client, pb, 50_000m);

        // 5 March: the station applies for e1 (帮办); bank A accepts and rejects it
        app.Clock.SetChina(new DateOnly(2026, 3, 5), new TimeOnly(9, 0));
        var rejected = await Apply(station.Agent, pa, 30_000m, e1.EnterpriseId);
        await (await Act(a.Officer, rejected, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(a.Officer, rejected, "reject", new { reason = "经营流水不足" })).ReadJsonAsync(HttpStatusCode.OK);

        // Monday 9 March 10:00: the platform's job finds the application of the 4th overdue (its bank is told, the statistics count it)
        app.Clock.SetChina(new DateOnly(2026, 3, 9), new TimeOnly(10, 0));
        await ActivatorUtilities.CreateInstance<OverdueSupervisionService>(app.Services).RunOnceAsync(CancellationToken.None);

        // 23:30 on 31 March in China is 15:30 UTC: still March
        app.Clock.Set(new DateTimeOffset(2026, 3, 31, 15, 30, 0, TimeSpan.Zero));
        var last = await Apply(e2.Client, pa, 20_000m);
        app.Clock.SetChina(new DateOnly(2026, 4, 1), new TimeOnly(10, 0));
        return new County(bureau, a, b, e1, e2, station, loan, afterMidnight, rejected, last);
    }

    private static async Task<JsonObject> Get(HttpClient c, string url) => await (await c.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>The list behind a figure: its total and its disbursed amount.</summary>
    private static async Task<(int Total, decimal Disbursed, JsonArray Items)> Behind(HttpClient c, string figure, string range, string group = "")
    {
        var list = await Get(c, $"/api/stats/applications?figure={figure}&{range}{group}&pageSize=200");
        return ((int)list["total"]!, (decimal)list["totalDisbursed"]!, list["items"]!.AsArray());
    }

    private static readonly (string Column, string Figure)[] Figures =
        [("applications", "Applications"), ("approvals", "Approvals"), ("rejections", "Rejections"), ("loansDisbursed", "Loans"), ("overdueApplications", "Overdue")];

    [Fact]
    public async Task Every_figure_opens_the_applications_behind_it_counted_on_the_same_China_days()
    {
        var county = await CountyAsync();
        var bureau = county.Bureau;
        const string march = "from=2026-03-01&to=2026-03-31";

        // the overview's figures and the lists behind them
        var overview = await Get(bureau, $"/api/stats/overview?{march}");
        Assert.Equal((4L, 1L, 1L, 1L), ((long)overview["applications"]!, (long)overview["approvals"]!, (long)overview["loansDisbursed"]!, (long)overview["overdueApplications"]!));
        foreach (var (column, figure) in Figures.Where(f => f.Column != "rejections"))
            Assert.Equal((long)overview[column]!, (await Behind(bureau, figure, march)).Total);
        Assert.Equal((decimal)overview["amountDisbursed"]!, (await Behind(bureau, "Loans", march)).Disbursed);

        // every row of every breakdown, every figure of it
        var checkedFigures = 0;
        foreach (var (table, key, parameter) in new[] { ("by-bank", "bankId", "bankId"), ("by-township", "townshipCode", "township"), ("by-industry", "industry", "industry") })
        {
            var rows = (await Get(bureau, $"/api/stats/{table}?{march}"))["items"]!.AsArray();
            foreach (var row in rows.Select(r => r!.AsObject()))
            {
                var group = $"&{parameter}={(string)row[key]!}";
                foreach (var (column, figure) in Figures)
                {
                    var (total, disbursed, items) = await Behind(bureau, figure, march, group);
                    Assert.True((long)row[column]! == total, $"{table} {row[key]} {column}: the figure is {row[column]}, the list holds {total}");
                    if (figure == "Loans") Assert.Equal((decimal)row["amountDisbursed"]!, disbursed);
                    checkedFigures++;
                }
            }
        }
        Assert.Equal((2 + 2 + 2) * Figures.Length, checkedFigures);

        // the application of 00:30 on 4 March (16:30 UTC on the 3rd): on the 4th in the figure and in its list, not on the 3rd
        foreach (var (day, expected) in new[] { ("2026-03-03", 0), ("2026-03-04", 1) })
        {
            var range = $"from={day}&to={day}";
            var township = (await Get(bureau, $"/api/stats/by-township?{range}"))["items"]!.AsArray().Select(r => r!.AsObject())
                .FirstOrDefault(r => (string)r["townshipCode"]! == "130682102");
            Assert.Equal(expected, township is null ? 0 : (int)(long)township["applications"]!);
            var (total, _, items) = await Behind(bureau, "Applications", range, "&township=130682102");
            Assert.Equal(expected, total);
            if (expected == 1)
            {
                var item = Assert.Single(items)!.AsObject();
                Assert.Equal((string)county.AfterMidnight["id"]!, (string)item["id"]!);
                Assert.Equal(("定州市恒达机械厂", "乙银行", "乙-制造贷", 50_000m, "Submitted"),
                    ((string)item["enterpriseName"]!, (string)item["bankName"]!, (string)item["productName"]!, (decimal)item["amount"]!, (string)item["status"]!));
                Assert.StartsWith("SQ20260304", (string)item["number"]!);
                // the overdue figure of the 4th is that application too
                Assert.Equal(1, (await Behind(bureau, "Overdue", range)).Total);
            }
        }

        // the station's applications (帮办): the figure and its list
        var stations = (await Get(bureau, $"/api/stats/station-applications?{march}"))["items"]!.AsArray();
        var station = stations.Single(s => (string)s!["stationId"]! == county.Station.StationId.ToString())!;
        Assert.Equal(1, (int)station["applications"]!);
        var (byStation, _, stationItems) = await Behind(bureau, "Applications", march, $"&stationId={county.Station.StationId}");
        Assert.Equal(1, byStation);
        Assert.Equal((string)county.Rejected["id"]!, (string)stationItems.Single()!["id"]!);
        Assert.Equal("翟村服务站", (string)stationItems.Single()!["stationName"]!);

        // paged: two pages of one hold the two applications of the township 130682102 in March, newest first
        var first = await Get(bureau, $"/api/stats/applications?figure=Applications&{march}&township=130682102&pageSize=1&page=1");
        var second = await Get(bureau, $"/api/stats/applications?figure=Applications&{march}&township=130682102&pageSize=1&page=2");
        Assert.Equal((2, (string)county.LastOfMarch["id"]!, (string)county.AfterMidnight["id"]!),
            ((int)first["total"]!, (string)first["items"]![0]!["id"]!, (string)second["items"]![0]!["id"]!));

        // a bank sees its own applications only; an enterprise may not ask; a bad township is refused naming it
        var (bankTotal, _, bankItems) = await Behind(county.B.Officer, "Applications", march);
        Assert.Equal(1, bankTotal);
        Assert.All(bankItems, i => Assert.Equal(county.B.BankId.ToString(), (string)i!["bankId"]!));
        Assert.Equal(0, (await Behind(county.B.Officer, "Applications", march, $"&bankId={county.A.BankId}")).Total);
        Assert.Equal(HttpStatusCode.Forbidden, (await county.E1.Client.GetAsync($"/api/stats/applications?{march}")).StatusCode);
        var bad = await county.Bureau.GetAsync($"/api/stats/applications?{march}&township=1306821");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("township", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_overdue_list_names_who_and_how_late_and_a_supervision_note_reaches_the_bank_and_its_history_only()
    {
        var county = await CountyAsync();
        var bureau = county.Bureau;
        var id = (string)county.AfterMidnight["id"]!;

        // 1 April 10:00 China time: due at the end of Friday 6 March (16:00 UTC), 610 hours and 18 working days ago (9–31 March and 1 April)
        var overdue = (await Get(bureau, "/api/stats/overdue"))["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => (string)i["applicationId"]! == id);
        Assert.Equal(("定州市恒达机械厂", "乙银行", "乙-制造贷", "accept"),
            ((string)overdue["enterpriseName"]!, (string)overdue["bankName"]!, (string)overdue["productName"]!, (string)overdue["stage"]!));
        Assert.Equal("2026-03-06T16:00:00+00:00", DateTimeOffset.Parse((string)overdue["dueAt"]!, CultureInfo.InvariantCulture).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal(610.0, (double)overdue["hoursOverdue"]!);
        Assert.Equal(18, (int)overdue["workingDaysOverdue"]!);
        Assert.True((bool)overdue["bankNotified"]!);
        Assert.Equal((0, true), ((int)overdue["supervisions"]!, overdue["lastSupervisedAt"] is null));
        Assert.StartsWith("SQ20260304", (string)overdue["number"]!);

        // only the bureau writes a 督办 note; a bank, an enterprise and an agent are refused; an empty note is refused naming it
        var body = new { text = "请于今日内受理并答复企业。" };
        foreach (var refused in new[] { county.B.Officer, county.A.Officer, county.E2.Client, county.Station.Agent })
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostAsJsonAsync($"/api/applications/{id}/supervision-notes", body)).StatusCode);
        var empty = await bureau.PostAsJsonAsync($"/api/applications/{id}/supervision-notes", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"text\"", await empty.Content.ReadAsStringAsync());
        // a disbursed application waits on nobody: nothing to supervise (409 with its state)
        var closed = await bureau.PostAsJsonAsync($"/api/applications/{county.Loan["id"]}/supervision-notes", body);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);

        var note = await (await bureau.PostAsJsonAsync($"/api/applications/{id}/supervision-notes", body)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((body.text, county.B.BankId.ToString(), "Submitted"), ((string)note["text"]!, (string)note["bankId"]!, (string)note["status"]!));

        // queued to that bank through the outbox, once, with the note; written to the audit log against the application
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var queued = await db.Outbox.AsNoTracking().Where(m => m.Type == "SupervisionNote").ToListAsync();
            var message = Assert.Single(queued);
            Assert.Equal($"bank:{county.B.BankId}", message.Recipient);
            Assert.Contains("请于今日内受理并答复企业。", message.Payload);
            Assert.Contains(id, message.Payload);
            Assert.Single(await db.AuditLog.AsNoTracking().Where(e => e.Action == "SuperviseApplication" && e.EntityId == id && e.Outcome == "Succeeded").ToListAsync());
        }

        // in the history the bank reads (its dossier) and the bureau reads; bank A, whose application it is not, gets 404
        foreach (var reader in new[] { county.B.Officer, bureau })
        {
            var history = (await Get(reader, $"/api/applications/{id}/dossier"))["history"]!.AsArray().Select(h => h!.AsObject()).ToList();
            var supervision = Assert.Single(history, h => (bool)h["supervision"]!);
            Assert.Equal(body.text, (string)supervision["note"]!);
            Assert.Equal("admin", (string)supervision["by"]!);
            Assert.Same(history.Last(), supervision);   // after the submission, where it falls in time
        }
        Assert.Equal(HttpStatusCode.NotFound, (await county.A.Officer.GetAsync($"/api/applications/{id}/dossier")).StatusCode);

        // the list counts it
        overdue = (await Get(bureau, "/api/stats/overdue"))["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => (string)i["applicationId"]! == id);
        Assert.Equal(1, (int)overdue["supervisions"]!);
        Assert.NotNull(overdue["lastSupervisedAt"]);
    }

    [Fact]
    public async Task The_list_behind_a_figure_downloads_titled_in_chinese_with_names_and_totals()
    {
        var county = await CountyAsync();
        var portal = await PortalAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword);
        var csv = await portal.GetAsync("/export/applications?figure=Applications&from=2026-03-01&to=2026-03-31&township=130682101&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("贷款申请明细（申请笔数（按提交日））_2026-03-01_2026-03-31.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var reader = new CsvHelper.CsvReader(new StringReader(Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (reader.Read()) lines.Add(reader.Parser.Record!);
        Assert.Equal("全县（全部银行） · 贷款申请明细（申请笔数（按提交日））", lines[0][0]);
        Assert.StartsWith("统计期间：2026-03-01 至 2026-03-31；金额单位：元", lines[1][0]);
        Assert.Contains("乡镇：", lines[1][0]);
        Assert.Equal(["申请编号", "企业名称", "统一社会信用代码", "银行", "产品", "申请金额（元）", "放款金额（元）", "状态", "提交时间", "乡镇", "行业"], lines[2]);
        var rows = lines.Skip(3).Take(2).ToList();   // the township 130682101: the loan of 2 March and the station's application of 5 March
        Assert.Equal(["定州市牛牛养殖专业合作社", "定州市牛牛养殖专业合作社"], rows.Select(r => r[1]));
        Assert.Equal(["甲银行", "甲银行"], rows.Select(r => r[3]));
        Assert.Equal(new[] { "已拒绝", "已放款" }.Order(), rows.Select(r => r[7]).Order());
        Assert.Equal("2026-03-05 09:00", rows[0][8]);    // China time, newest first
        Assert.EndsWith("（130682101）", rows[0][9]);
        Assert.DoesNotContain(lines.SelectMany(l => l), c => Guid.TryParse(c, out _));
        var total = lines[5];
        Assert.Equal(("合计（2 笔）", "42345.67", "12345.67"), (total[0], total[5], total[6]));
        Assert.StartsWith("注：", lines[6][0]);
        // (who may download it: the authorization matrix, /export/applications)
        _ = county;
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

public sealed class SqliteBureauSupervisionTests(SqliteSupervisionApp app) : BureauSupervisionTests<SqliteSupervisionApp>(app);

public sealed class MariaDbBureauSupervisionTests(MariaDbSupervisionApp app) : BureauSupervisionTests<MariaDbSupervisionApp>(app);
