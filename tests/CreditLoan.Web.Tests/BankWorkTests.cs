using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// What a bank officer works from (issue 17), through the HTTP contract on both databases: the inbox with who, what, how much
/// and by when, searched and sorted; the application's dossier; an approval with the product's own repayment method; the
/// credit report's details as text keys; a prospect invited to apply once.
/// </summary>
public abstract class BankWorkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static async Task<JsonObject> NeedAsync(HttpClient enterprise, decimal amount, string purpose) =>
        await (await enterprise.PostAsJsonAsync("/api/needs", new { amount, termMonths = 12, purpose, collateral = "None" })).ReadJsonAsync(HttpStatusCode.Created);

    private static async Task<JsonObject> ApplyAsync(HttpClient enterprise, JsonObject product, decimal amount, JsonObject? need = null) =>
        await (await enterprise.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, needId = (string?)need?["id"], amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private async Task<EnterpriseSetup> EnterpriseAsync(string name)
    {
        var code = TestData.CreditCode();
        return await app.NewEnterpriseAsync(TestData.RegistryRow(code, name), code);
    }

    private static async Task<JsonArray> InboxAsync(HttpClient officer, string query = "") =>
        (await (await officer.GetAsync("/api/applications/inbox?" + query)).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();

    [Fact]
    public async Task The_inbox_names_who_applied_for_what_and_searches_and_sorts()
    {
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = "牧业贷" + Guid.NewGuid().ToString("N")[..6]);
        var cattle = await EnterpriseAsync("定州市牛牛养殖专业合作社");
        var sheep = await EnterpriseAsync("定州市羊羊养殖场");
        var big = await ApplyAsync(cattle.Client, product, 300_000m, await NeedAsync(cattle.Client, 300_000m, "购买肉牛犊"));
        // one fen apart, and first as numbers but last as text ("90000.5" > "300000"): the amount sort orders by the exact amount
        // on both databases (SQLite keeps decimals as text)
        var small = await ApplyAsync(sheep.Client, product, 90_000.50m, await NeedAsync(sheep.Client, 120_000m, "扩建羊舍"));
        var middle = await ApplyAsync(sheep.Client, product, 90_000.51m);

        var all = await InboxAsync(bank.Officer);
        Assert.Equal(3, all.Count);
        var first = all.Single(i => (string)i!["id"]! == (string)big["id"]!)!;
        Assert.Equal("定州市牛牛养殖专业合作社", (string)first["enterpriseName"]!);
        Assert.Equal(cattle.CreditCode, (string)first["creditCode"]!);
        Assert.Equal((string)product["name"]!, (string)first["productName"]!);
        Assert.Equal("购买肉牛犊", (string)first["purpose"]!);
        Assert.Equal(300_000m, (decimal)first["amount"]!);
        Assert.NotNull(first["currentDueAt"]);
        Assert.Null(all.Single(i => (string)i!["id"]! == (string)middle["id"]!)!["purpose"]);

        string[] Ids(JsonArray items) => items.Select(i => (string)i!["id"]!).ToArray();
        Assert.Equal([(string)big["id"]!, (string)middle["id"]!, (string)small["id"]!], Ids(await InboxAsync(bank.Officer, "sort=Amount&descending=true")));
        Assert.Equal([(string)small["id"]!, (string)middle["id"]!, (string)big["id"]!], Ids(await InboxAsync(bank.Officer, "sort=Amount")));
        Assert.Equal((string)sheep.EnterpriseId.ToString(), (string)(await InboxAsync(bank.Officer, "sort=Enterprise&descending=true"))[0]!["enterpriseId"]!);
        Assert.Equal([(string)big["id"]!], Ids(await InboxAsync(bank.Officer, "search=" + Uri.EscapeDataString("牛牛"))));
        Assert.Equal([(string)small["id"]!], Ids(await InboxAsync(bank.Officer, "search=" + Uri.EscapeDataString("羊舍"))));
        Assert.Equal([(string)big["id"]!], Ids(await InboxAsync(bank.Officer, "search=" + cattle.CreditCode)));
        Assert.Equal(3, (await InboxAsync(bank.Officer, "search=" + Uri.EscapeDataString((string)product["name"]!))).Count);

        // what waits first: an accepted one with its later decision deadline after the submitted ones... and a decided one last
        await (await bank.Officer.PostAsync($"/api/applications/{small["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{middle["id"]}/reject", new { reason = "资金用途不符合本产品规定" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([(string)big["id"]!, (string)small["id"]!, (string)middle["id"]!], Ids(await InboxAsync(bank.Officer)));
        Assert.Equal([(string)middle["id"]!], Ids(await InboxAsync(bank.Officer, "status=Rejected")));

        var other = await app.NewBankAsync("另一家银行");
        Assert.Empty(await InboxAsync(other.Officer));
        Assert.Equal(HttpStatusCode.Forbidden, (await cattle.Client.GetAsync("/api/applications/inbox")).StatusCode);
        var bad = await (await bank.Officer.GetAsync("/api/applications/inbox?search=" + new string('牛', 101))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("search"));
    }

    [Fact]
    public async Task The_dossier_shows_the_applicant_and_the_terms_a_second_officer_confirms_with_the_products_own_method()
    {
        var bank = await app.NewBankAsync();
        (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings",
            new { makerCheckerThreshold = 100_000m, withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m, commissions = new { } })).EnsureSuccessStatusCode();
        var checker = await app.NewBankOfficerAsync(bank.BankId);
        var product = await bank.Officer.CreateProductAsync(p => p["repaymentMethods"] = new JsonArray("InterestOnly", "BulletPayment"));
        var enterprise = await EnterpriseAsync("定州市牛牛养殖专业合作社");
        var application = await ApplyAsync(enterprise.Client, product, 200_000m, await NeedAsync(enterprise.Client, 200_000m, "购买饲料"));
        var path = $"/api/applications/{application["id"]}";
        await (await bank.Officer.PostAsync($"{path}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);

        // a product that offers only 先息后本 and 到期一次还本付息: 等额本息 is refused naming the field, 先息后本 is booked as such
        var refused = await (await bank.Officer.PostAsJsonAsync($"{path}/approve",
            new { amount = 200_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("repaymentMethod"));
        var held = await (await bank.Officer.PostAsJsonAsync($"{path}/approve",
            new { amount = 200_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "InterestOnly" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("ApprovalPending", (string)held["status"]!);

        var mine = await (await bank.Officer.GetAsync($"{path}/dossier")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)mine["proposedByCaller"]!);
        var theirs = await (await checker.GetAsync($"{path}/dossier")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)theirs["proposedByCaller"]!);
        Assert.StartsWith("officer", (string)theirs["proposedBy"]!);
        Assert.Equal("信贷员", (string)theirs["proposedByDisplayName"]!);
        Assert.Equal("InterestOnly", (string)theirs["application"]!["repaymentMethod"]!);
        Assert.Equal(200_000m, (decimal)theirs["application"]!["approvedAmount"]!);
        var e = theirs["enterprise"]!;
        Assert.Equal("定州市牛牛养殖专业合作社", (string)e["name"]!);
        Assert.Equal(enterprise.CreditCode, (string)e["creditCode"]!);
        Assert.Equal("130682101", (string)e["townshipCode"]!);
        Assert.False(string.IsNullOrEmpty((string?)e["townshipName"]));
        Assert.False(string.IsNullOrEmpty((string?)e["industryName"]));
        Assert.True((int)e["yearsInBusiness"]! >= 10);                       // established 2015-03-10
        Assert.NotNull(e["grade"]);
        Assert.Equal("购买饲料", (string)theirs["need"]!["purpose"]!);
        Assert.Equal(["InterestOnly", "BulletPayment"], theirs["product"]!["repaymentMethods"]!.AsArray().Select(m => (string)m!));
        Assert.True((bool)theirs["consent"]!["live"]!);
        Assert.Equal(["Submitted", "Accepted", "ApprovalPending"], theirs["history"]!.AsArray().Select(h => (string)h!["status"]!));
        Assert.Equal("信贷员", (string)theirs["history"]![2]!["byDisplayName"]!);

        await (await bank.Officer.PostAsync($"{path}/confirm-approval", null)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var confirmed = await (await checker.PostAsync($"{path}/confirm-approval", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", (string)confirmed["status"]!);
        Assert.Equal("InterestOnly", (string)confirmed["repaymentMethod"]!);

        // the credit report's details come with text keys the portal writes in Chinese
        var report = await (await checker.GetAsync($"/api/enterprises/{enterprise.EnterpriseId}/credit-report")).ReadJsonAsync(HttpStatusCode.OK);
        var years = report["factors"]!.AsArray().Single(f => (string)f!["name"]! == "Years in business")!;
        Assert.Equal("Years", (string)years["detailText"]!["key"]!);
        Assert.Equal("2015-03-10", (string)years["detailText"]!["values"]![0]!);

        var stranger = await app.NewBankAsync("另一家银行");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Officer.GetAsync($"{path}/dossier")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.Client.GetAsync($"{path}/dossier")).StatusCode);
        await (await (await app.BureauAsync()).GetAsync($"{path}/dossier")).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_prospect_is_invited_to_apply_once_and_the_enterprise_gets_a_message()
    {
        var bank = await app.NewBankAsync("定州农商银行");
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await EnterpriseAsync("定州市牛牛养殖专业合作社");
        var need = await NeedAsync(enterprise.Client, 80_000m, "购买饲料");
        var needId = (string)need["id"]!;
        var prospects = $"/api/products/{product["id"]}/prospects";
        var prospect = (await (await bank.Officer.GetAsync(prospects + "?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(p => (string)p!["needId"]! == needId)!;
        Assert.Null(prospect["invitedAt"]);
        Assert.Null(prospect["enterpriseName"]);                             // masked

        var invite = $"{prospects}/{needId}/invite";
        var stranger = await app.NewBankAsync("另一家银行");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Officer.PostAsync(invite, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.Client.PostAsync(invite, null)).StatusCode);
        await (await bank.Officer.PostAsync(invite, null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsync(invite, null)).ReadJsonAsync(HttpStatusCode.Conflict);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Type == "ProspectInvitation" && m.Recipient == $"enterprise:{enterprise.EnterpriseId}");
            Assert.Contains("定州农商银行邀请您申请", message.Payload);
            Assert.Contains(needId, message.Payload);
            var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == "InviteProspect").Select(a => a.Outcome).ToListAsync();
            Assert.Contains("Succeeded", audit);
        }
        prospect = (await (await bank.Officer.GetAsync(prospects + "?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(p => (string)p!["needId"]! == needId)!;
        Assert.NotNull(prospect["invitedAt"]);
        Assert.Null(prospect["enterpriseName"]);                             // an invitation does not unmask the enterprise

        // a need that does not match the product (above its amount range) is refused naming the need
        var large = await NeedAsync(enterprise.Client, 900_000m, "新建牛舍");
        var refused = await (await bank.Officer.PostAsync($"{prospects}/{large["id"]}/invite", null)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("needId"));
    }
}

public sealed class SqliteBankWorkTests(SqliteApp app) : BankWorkTests<SqliteApp>(app);

public sealed class MariaDbBankWorkTests(MariaDbApp app) : BankWorkTests<MariaDbApp>(app);
