using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditLoan.Testing;
using CsvHelper;
using Microsoft.AspNetCore.Mvc.Testing;
using MiniExcelLibs;

namespace CreditLoan.Web.Tests;

public sealed class SqlitePortalExportApp() : StatsApp(TestDatabase.Sqlite);

public sealed class MariaDbPortalExportApp() : StatsApp(TestDatabase.MariaDb);

/// <summary>
/// The portal's downloads (<c>/export/…</c>) read back as a person opens them: the title with the days and the unit, headers in
/// the portal's language, names instead of ids, and totals that are the sums of the rows; beside them the API's machine exports
/// keep their field names. Two banks, two enterprises in two townships and two industries, two loans of 12,345.67 and 23,456.78
/// yuan (1.23 and 2.35 万元; together 3.58 万元) and one rejection, all in March 2026.
/// </summary>
public abstract class PortalExportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private const string Range = "from=2026-03-01&to=2026-03-31";

    private static Task<HttpResponseMessage> Act(HttpClient c, JsonObject application, string action, object? body = null) =>
        body is null ? c.PostAsync($"/api/applications/{application["id"]}/{action}", null) : c.PostAsJsonAsync($"/api/applications/{application["id"]}/{action}", body);

    private static async Task<JsonObject> Apply(HttpClient enterprise, JsonObject product, decimal amount) =>
        await (await enterprise.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Action<JsonObject> Anyone(string name) => p =>
    {
        p["name"] = name;
        p["industries"] = new JsonArray();
        p["divisions"] = new JsonArray("130682");
    };

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

    private async Task<(HttpClient Api, HttpClient Bureau, HttpClient Officer)> CountyAsync()
    {
        var api = await app.BureauAsync();
        var a = await app.NewBankAsync("甲银行");
        var b = await app.NewBankAsync("乙银行");
        var e1Code = TestData.CreditCode();
        var e1 = await app.NewEnterpriseAsync(TestData.RegistryRow(e1Code, industry: "A03", division: "130682101200"), e1Code);
        var e2Code = TestData.CreditCode();
        var e2 = await app.NewEnterpriseAsync(TestData.RegistryRow(e2Code, name: "定州市恒达机械厂", type: "Company", industry: "C34", division: "130682102202"), e2Code);
        var pa = await a.Officer.CreateProductAsync(Anyone("甲-牧业贷"));
        var pb = await b.Officer.CreateProductAsync(Anyone("乙-制造贷"));
        app.Clock.SetUtcNow(StatsApp.At(3, 2, 10));
        foreach (var (bank, enterprise, product, amount) in new[] { (a, e1, pa, 12_345.67m), (b, e2, pb, 23_456.78m) })
        {
            var application = await Apply(enterprise.Client, product, amount);
            await (await Act(bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
            await (await Act(bank.Officer, application, "approve", new { amount, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" }))
                .ReadJsonAsync(HttpStatusCode.OK);
            await (await Act(bank.Officer, application, "disburse", new { amount, disbursedOn = "2026-03-02" })).ReadJsonAsync(HttpStatusCode.OK);
        }
        var rejected = await Apply(e2.Client, pa, 50_000m);
        await (await Act(a.Officer, rejected, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        await (await Act(a.Officer, rejected, "reject", new { reason = "经营流水不足" })).ReadJsonAsync(HttpStatusCode.OK);
        app.Clock.SetUtcNow(StatsApp.At(3, 31, 10));
        var officer = TestData.UserName("officer");
        (await api.PostAsJsonAsync($"/api/banks/{a.BankId}/users", new { userName = officer, password = Scenarios.Password, displayName = "信贷员" }))
            .EnsureSuccessStatusCode();
        return (api, await PortalAsync(CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword), await PortalAsync(officer, Scenarios.Password));
    }

    private static List<IDictionary<string, object?>> Sheet(byte[] xlsx) =>
        MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();

    private static decimal Number(object? cell) => Convert.ToDecimal(cell, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Portal_exports_have_a_title_with_the_days_and_unit_chinese_headers_names_and_totals_the_api_keeps_its_fields()
    {
        var (api, bureau, officer) = await CountyAsync();

        // ---- by bank, XLSX: title, range and unit; Chinese headers; bank names, no ids; 合计 = the rows' sums, the rate recomputed
        var xlsx = await bureau.GetAsync($"/export/by-bank?{Range}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("贷款申请与放款统计（分银行）_2026-03-01_2026-03-31.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        var sheet = Sheet(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal("全县（全部银行） · 贷款申请与放款统计（分银行）", sheet[0]["A"]);
        Assert.Equal("统计期间：2026-03-01 至 2026-03-31；金额单位：万元（保留两位小数）；比率单位：%", sheet[1]["A"]);
        var header = sheet[2].Values.Where(v => v is not null).Select(v => (string)v!).ToList();
        Assert.Equal(["银行", "申请笔数", "审批通过笔数", "审批拒绝笔数", "审批通过率（%）", "放款笔数", "放款金额（万元）"], header.Take(7));
        int Col(string name) => header.IndexOf(name);
        string Letter(string name) => ((char)('A' + Col(name))).ToString();
        var rows = sheet.Skip(3).Take(2).ToList();
        Assert.Equal(["乙银行", "甲银行"], rows.Select(r => (string)r["A"]!));   // by name, as the API lists them
        Assert.DoesNotContain(sheet.SelectMany(r => r.Values), v => v is string s && Guid.TryParse(s, out _));
        var total = sheet[5];
        Assert.Equal("合计", total["A"]);
        Assert.Equal((2.35m, 1.23m, 3.58m), (Number(rows[0][Letter("放款金额（万元）")]), Number(rows[1][Letter("放款金额（万元）")]), Number(total[Letter("放款金额（万元）")])));
        foreach (var counted in new[] { "申请笔数", "审批通过笔数", "审批拒绝笔数", "放款笔数", "服务企业数" })
            Assert.Equal(rows.Sum(r => Number(r[Letter(counted)])), Number(total[Letter(counted)]));
        Assert.Equal((3m, 2m, 1m), (Number(total[Letter("申请笔数")]), Number(total[Letter("审批通过笔数")]), Number(total[Letter("审批拒绝笔数")])));
        Assert.Equal(66.67m, Number(total[Letter("审批通过率（%）")]));      // 2 approvals of 3 decisions, not the mean of 50% and 100%
        Assert.StartsWith("注：", (string)sheet[6]["A"]!);

        // ---- by township, CSV: the same lines, UTF-8 with BOM, townships as 名称（代码）, totals the sums
        var csv = await bureau.GetAsync($"/export/by-township?{Range}&format=csv");
        Assert.Equal("贷款申请与放款统计（分乡镇）_2026-03-01_2026-03-31.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = new List<string[]>();
        using (var reader = new CsvParser(new StringReader(Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture))
            while (reader.Read()) lines.Add(reader.Record!);
        Assert.Equal("全县（全部银行） · 贷款申请与放款统计（分乡镇）", lines[0][0]);
        Assert.StartsWith("统计期间：2026-03-01 至 2026-03-31；金额单位：万元", lines[1][0]);
        Assert.Equal(["乡镇", "申请笔数"], lines[2][..2]);
        var amount = Array.IndexOf(lines[2], "放款金额（万元）");
        Assert.Matches(@"^\S+（130682101）$", lines[3][0]);                 // 名称（代码）
        Assert.DoesNotMatch(@"^\d+$", lines[3][0]);
        Assert.Equal(("1.23", "2.35"), (lines[3][amount], lines[4][amount]));
        Assert.Equal(("合计", "3", "3.58"), (lines[5][0], lines[5][1], lines[5][amount]));
        // enterprises served in all: each enterprise once, the same count as the by-bank total
        Assert.Equal(Number(total[Letter("服务企业数")]), decimal.Parse(lines[5][Array.IndexOf(lines[2], "服务企业数")], CultureInfo.InvariantCulture));

        // ---- the portfolio in 元 as of the day: bank names, 合计 exactly the rows' sums
        var portfolio = Sheet(await (await bureau.GetAsync("/export/portfolio?asOf=2026-03-31&by=bank&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal("统计截至：2026-03-31（上月末：2026-02-28）；金额单位：元（保留两位小数）；比率单位：%", portfolio[1]["A"]);
        Assert.Equal(("银行", "在贷笔数", "贷款余额（元）"), (portfolio[2]["A"], portfolio[2]["B"], portfolio[2]["C"]));
        Assert.Equal(["乙银行", "甲银行", "合计"], portfolio.Skip(3).Take(3).Select(r => (string)r["A"]!));
        Assert.Equal(12_345.67m + 23_456.78m, Number(portfolio[5]["C"]));
        Assert.Equal(Number(portfolio[3]["C"]) + Number(portfolio[4]["C"]), Number(portfolio[5]["C"]));
        Assert.Equal(2m, Number(portfolio[5]["B"]));

        // ---- a bank's download is titled with its name and holds its own row
        var own = Sheet(await (await officer.GetAsync($"/export/by-bank?{Range}&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal("甲银行 · 贷款申请与放款统计（分银行）", own[0]["A"]);
        Assert.Equal(["甲银行", "合计"], own.Skip(3).Take(2).Select(r => (string)r["A"]!));

        // ---- the monthly return: a 合计 row under each breakdown, the county's figure
        var monthly = await bureau.GetAsync("/export/monthly-return?month=2026-03");
        Assert.StartsWith("信易贷平台贷款监测月报（2026年3月）", monthly.Content.Headers.ContentDisposition!.FileNameStar);
        var byBank = MiniExcel.Query(new MemoryStream(await monthly.Content.ReadAsByteArrayAsync()), sheetName: "分银行").Cast<IDictionary<string, object?>>().ToList();
        var returnTotal = byBank.Single(r => (string?)r["A"] == "合计");
        Assert.Equal(Number(byBank[3]["D"]) + Number(byBank[4]["D"]), Number(returnTotal["D"]));   // 贷款余额 this month

        // ---- the API's machine exports keep their field names and ids
        var machine = Encoding.UTF8.GetString((await (await api.GetAsync($"/api/stats/by-bank?{Range}&format=csv")).Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("bankId,bankName,applications,approvals,", machine);
        Assert.DoesNotContain("合计", machine);

        // ---- the English portal gets English headers
        await bureau.GetAsync("/portal/culture?culture=en&returnUrl=/");
        var english = Sheet(await (await bureau.GetAsync($"/export/by-industry?{Range}&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal("County (all banks) · Applications and loans by industry", english[0]["A"]);
        Assert.Equal(("Industry", "Applications"), (english[2]["A"], english[2]["B"]));
        Assert.Equal("Total", english[5]["A"]);                              // after the two industries, A and C
    }
}

public sealed class SqlitePortalExportTests(SqlitePortalExportApp app) : PortalExportTests<SqlitePortalExportApp>(app);

public sealed class MariaDbPortalExportTests(MariaDbPortalExportApp app) : PortalExportTests<MariaDbPortalExportApp>(app);
