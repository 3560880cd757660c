using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>The bureau's notices through the outbox, and the business metrics at /metrics.</summary>
public abstract partial class NoticeAndMetricsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    [Fact]
    public async Task A_notice_reaches_exactly_the_enterprises_chosen_once_each_and_counts_its_deliveries()
    {
        var bureau = await app.BureauAsync();
        // townships of our own, so that enterprises of other tests on this platform are never chosen
        var t1 = TestData.RandomTownship();
        string t2;
        do t2 = TestData.RandomTownship(); while (t2 == t1);
        async Task<EnterpriseSetup> Enterprise(string township, string industry)
        {
            var code = TestData.CreditCode();
            return await app.NewEnterpriseAsync(TestData.RegistryRow(code, industry: industry, division: TestData.Village(township)), code);
        }
        var x = await Enterprise(t1, "A03");
        var y = await Enterprise(t1, "C34");
        var z = await Enterprise(t2, "A01");

        async Task<(Guid Id, int Recipients)> Send(object body)
        {
            var notice = await (await bureau.PostAsJsonAsync("/api/notices", body)).ReadJsonAsync(HttpStatusCode.Created);
            return (Guid.Parse((string)notice["id"]!), (int)notice["recipients"]!);
        }
        var farmersOfT1 = await Send(new { text = "【定州市审批局】春耕贷款政策宣讲会3月10日在镇政府举行。", townships = new[] { t1 }, industries = new[] { "A" } });
        Assert.Equal(1, farmersOfT1.Recipients);                                  // x only: y is in manufacturing
        var everyoneInT1 = await Send(new { text = "【定州市审批局】信易贷平台已开通线上申请。", townships = new[] { t1 } });
        Assert.Equal(2, everyoneInT1.Recipients);                                 // x and y
        var farmersOfBoth = await Send(new { text = "【定州市审批局】农业保险补贴申报开始。", townships = new[] { t1, t2 }, industries = new[] { "A01", "A03" } });
        Assert.Equal(2, farmersOfBoth.Recipients);                                // x and z

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var prefix = $"notice:{everyoneInT1.Id:N}:";
            var messages = await db.Outbox.AsNoTracking().Where(m => m.DeduplicationKey!.StartsWith(prefix)).ToListAsync();
            Assert.Equal(new[] { $"enterprise:{x.EnterpriseId}", $"enterprise:{y.EnterpriseId}" }.Order(), messages.Select(m => m.Recipient).Order());
            Assert.Contains("信易贷平台已开通线上申请", messages[0].Payload);
        }
        var pending = await (await bureau.GetAsync($"/api/notices/{everyoneInT1.Id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 0, 2), ((int)pending["recipients"]!, (int)pending["delivered"]!, (int)pending["pending"]!));

        // the outbox worker delivers; the notice then counts two deliveries, none failed
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync(500, CancellationToken.None) > 0) { }
        var sent = await (await bureau.GetAsync($"/api/notices/{everyoneInT1.Id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 2, 0, 0), ((int)sent["recipients"]!, (int)sent["delivered"]!, (int)sent["failed"]!, (int)sent["pending"]!));
        var list = await (await bureau.GetAsync("/api/notices?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(list["items"]!.AsArray(), n => (string)n!["id"]! == everyoneInT1.Id.ToString());

        // bad input and the wrong roles
        var bad = await (await bureau.PostAsJsonAsync("/api/notices", new { text = "", townships = new[] { "12" }, industries = new[] { "1" } }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        var fields = bad["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("text", fields);
        Assert.Contains("townships[0]", fields);                               // the element at fault is named
        Assert.Contains("industries[0]", fields);
        var nobody = await (await bureau.PostAsJsonAsync("/api/notices", new { text = "无人", townships = new[] { "130682208" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("No registered enterprise", (string)nobody["detail"]!);
        var bank = await app.NewBankAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.PostAsJsonAsync("/api/notices", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await x.Client.GetAsync($"/api/notices/{everyoneInT1.Id}")).StatusCode);
        await (await bureau.GetAsync($"/api/notices/{Guid.NewGuid()}")).ReadJsonAsync(HttpStatusCode.NotFound);
    }

    [GeneratedRegex(@"^creditloan_applications_submitted_total(\{[^}]*\})? (\d+)", RegexOptions.Multiline)]
    private static partial Regex SubmittedLine();

    [Fact]
    public async Task Metrics_count_requests_and_committed_business_events()
    {
        var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CreditLoanApp.MetricsToken);
        async Task<long> Submitted()
        {
            var text = await anonymous.GetStringAsync("/metrics");
            var m = SubmittedLine().Match(text);
            return m.Success ? long.Parse(m.Groups[2].Value) : 0;
        }
        var before = await Submitted();
        var bank = await app.NewBankAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var product = await bank.Officer.CreateProductAsync();
        await (await enterprise.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount = 100_000m, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);

        // the exporter may answer from a short cache: wait for the next scrape
        long after = before;
        for (var i = 0; i < 50 && after == before; i++)
        {
            await Task.Delay(100);
            after = await Submitted();
        }
        Assert.True(after >= before + 1, $"submitted before {before}, after {after}");
        // (ASP.NET Core's own HTTP meters are exported too; with several test hosts in one process they are not reliably
        // attributed to this one, so only the business counters are asserted here)
        var metrics = await anonymous.GetStringAsync("/metrics");
        Assert.Contains("# TYPE creditloan_applications_submitted_total counter", metrics);
    }
}

public sealed class SqliteNoticeAndMetricsTests(SqliteApp app) : NoticeAndMetricsTests<SqliteApp>(app);

public sealed class MariaDbNoticeAndMetricsTests(MariaDbApp app) : NoticeAndMetricsTests<MariaDbApp>(app);
