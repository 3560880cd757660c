using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// What issue 17 added for enterprises, through the HTTP contract on both databases: the loan calculator on the China day,
/// an application submitted once per Idempotency-Key however often it is sent, the bank's contact once accepted, and the
/// message centre (站内信) with its tenancy.
/// </summary>
public abstract class EnterpriseServiceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ChinaDayApp
{
    /// <summary>Hours of the China day, as UTC instants: 00:00, 07:59 and 23:59 China time on 10 March 2026.</summary>
    public static TheoryData<string> Hours => new() { "2026-03-09T16:00:00Z", "2026-03-09T23:59:00Z", "2026-03-10T15:59:00Z" };

    private static Task<HttpResponseMessage> Apply(HttpClient client, JsonObject product, decimal amount, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications")
        {
            Content = JsonContent.Create(new { productId = (string)product["id"]!, amount, termMonths = 12 }),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Hours))]
    public async Task The_calculator_schedules_from_the_China_day_and_refuses_what_the_product_does_not_offer(string instant)
    {
        app.Clock.Set(DateTimeOffset.Parse(instant));
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync(p => p["repaymentMethods"] = new JsonArray("InterestOnly", "EqualInstallment"));
        var anonymous = app.CreateClient();
        var path = $"/api/products/{product["id"]}/schedule";

        var preview = await (await anonymous.GetAsync($"{path}?amount=200000&termMonths=12&repaymentMethod=InterestOnly")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("2026-03-10", (string)preview["disbursedOn"]!);                     // the China date, whatever the UTC one
        Assert.Equal(3.85m, (decimal)preview["annualRate"]!);                            // the product's lowest when none is asked
        var schedule = preview["schedule"]!.AsArray();
        Assert.Equal(12, schedule.Count);
        Assert.Equal("2026-04-10", (string)schedule[0]!["dueDate"]!);
        Assert.Equal(641.67m, (decimal)schedule[0]!["payment"]!);
        Assert.Equal(200_641.67m, (decimal)schedule[11]!["payment"]!);
        Assert.Equal(7_700.04m, (decimal)preview["totalInterest"]!);
        var dearer = await (await anonymous.GetAsync($"{path}?amount=200000&termMonths=12&repaymentMethod=EqualInstallment&annualRate=6.5"))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((decimal)dearer["totalInterest"]! > 7_000m);
        Assert.True(Math.Abs((decimal)dearer["firstPayment"]! - (decimal)dearer["largestPayment"]!) <= 0.05m);   // level payments

        // outside what the product offers: 422 naming the field (amount and term with their code and bounds)
        var tooMuch = await (await anonymous.GetAsync($"{path}?amount=900000&termMonths=12&repaymentMethod=InterestOnly")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("AmountOutsideProduct", (string)tooMuch["code"]!);
        Assert.Equal(["10,000.00", "500,000.00"], tooMuch["values"]!.AsArray().Select(v => (string)v!));
        Assert.True(tooMuch["errors"]!.AsObject().ContainsKey("amount"));
        var tooLong = await (await anonymous.GetAsync($"{path}?amount=50000&termMonths=48&repaymentMethod=InterestOnly")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TermOutsideProduct", (string)tooLong["code"]!);
        var method = await (await anonymous.GetAsync($"{path}?amount=50000&termMonths=12&repaymentMethod=BulletPayment")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(method["errors"]!.AsObject().ContainsKey("repaymentMethod"));
        var rate = await (await anonymous.GetAsync($"{path}?amount=50000&termMonths=12&repaymentMethod=InterestOnly&annualRate=9")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(rate["errors"]!.AsObject().ContainsKey("annualRate"));
        var missing = await (await anonymous.GetAsync($"{path}?amount=50000&termMonths=12")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("repaymentMethod"));
        // a draft is its bank's alone
        var draft = await bank.Officer.CreateProductAsync(publish: false);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/products/{draft["id"]}/schedule?amount=50000&termMonths=12&repaymentMethod=InterestOnly")).StatusCode);
        await (await bank.Officer.GetAsync($"/api/products/{draft["id"]}/schedule?amount=50000&termMonths=12&repaymentMethod=InterestOnly")).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Hours))]
    public async Task An_application_sent_again_under_its_key_is_the_same_application(string instant)
    {
        app.Clock.Set(DateTimeOffset.Parse(instant));
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var key = Guid.NewGuid().ToString("N");

        // a double click and a retry at once: one application, every answer the same
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Apply(enterprise.Client, product, 50_000m, key)));
        var texts = await Task.WhenAll(answers.Select(r => r.Content.ReadAsStringAsync()));
        Assert.True(answers.All(r => r.StatusCode == HttpStatusCode.Created), string.Join("\n", answers.Select((r, i) => $"{(int)r.StatusCode} {texts[i]}")));
        var bodies = texts.Select(t => JsonNode.Parse(t)!.AsObject()).ToArray();
        Assert.Single(bodies.Select(b => (string)b["id"]!).Distinct());
        var list = await (await enterprise.Client.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)list["total"]!);
        var number = (string)bodies[0]["number"]!;
        Assert.Matches("^SQ20260310[0-9A-F]{10}$", number);                             // the China date of submission
        var consents = await (await enterprise.Client.GetAsync("/api/consents")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(consents["items"]!.AsArray());                                   // one consent
        var inbox = await (await bank.Officer.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, inbox["items"]!.AsArray().Count(a => (string)a!["productId"]! == (string)product["id"]!));

        // the same key for another request is refused naming the key; without a key, each request is an application
        var reused = await (await Apply(enterprise.Client, product, 60_000m, key)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("KeyReused", (string)reused["code"]!);
        Assert.True(reused["errors"]!.AsObject().ContainsKey("Idempotency-Key"));
        await (await Apply(enterprise.Client, product, 50_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        await (await Apply(enterprise.Client, product, 50_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, (int)(await (await enterprise.Client.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);
        var tooLong = await (await Apply(enterprise.Client, product, 50_000m, new string('k', 65))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong["errors"]!.AsObject().ContainsKey("Idempotency-Key"));

        // another enterprise's same key is its own application: keys never cross enterprises
        var other = await app.NewEnterpriseAsync();
        var theirs = await (await Apply(other.Client, product, 50_000m, key)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.NotEqual((string)bodies[0]["id"]!, (string)theirs["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/applications/{bodies[0]["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Once_accepted_the_enterprise_sees_whom_to_call_at_the_bank()
    {
        app.Clock.Set(DateTimeOffset.Parse("2026-03-10T02:00:00Z"));
        var bank = await app.NewBankAsync("定州农商银行");
        var bureau = await app.BureauAsync();
        var userName = TestData.UserName("wang");
        await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = Scenarios.Password, displayName = "王经理", phone = "0312-2345678" })).ReadJsonAsync(HttpStatusCode.Created);
        var bad = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("x"), password = Scenarios.Password, displayName = "某", phone = "call me" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("phone"));
        var officer = await app.ClientAsync(userName, Scenarios.Password);
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var application = await (await Apply(enterprise.Client, product, 50_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        var path = $"/api/applications/{application["id"]}";

        Assert.Null((await (await enterprise.Client.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK))["bankContact"]);
        await (await officer.PostAsync($"{path}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        var contact = (await (await enterprise.Client.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK))["bankContact"]!;
        Assert.Equal("定州农商银行", (string)contact["bankName"]!);
        Assert.Equal("王经理", (string)contact["officerName"]!);
        Assert.Equal("0312-2345678", (string)contact["phone"]!);
        // an officer without a phone: the bank and the officer's name
        var second = await (await Apply(enterprise.Client, product, 60_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{second["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        var plain = (await (await enterprise.Client.GetAsync($"/api/applications/{second["id"]}")).ReadJsonAsync(HttpStatusCode.OK))["bankContact"]!;
        Assert.Equal("信贷员", (string)plain["officerName"]!);
        Assert.Null(plain["phone"]);
    }

    [Fact]
    public async Task Decisions_notices_supervision_and_invitations_reach_the_enterprises_message_centre_and_no_other()
    {
        app.Clock.Set(DateTimeOffset.Parse("2026-03-10T02:00:00Z"));        // Tuesday 10:00 in China
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var stranger = await app.NewEnterpriseAsync();
        var first = await (await Apply(enterprise.Client, product, 50_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        var second = await (await Apply(enterprise.Client, product, 80_000m, null)).ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{first["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{first["id"]}/reject", new { reason = "经营流水不足" })).ReadJsonAsync(HttpStatusCode.OK);
        var bureau = await app.BureauAsync();
        await (await bureau.PostAsJsonAsync("/api/notices", new { text = "信易贷政策宣讲会本周五举行" })).ReadJsonAsync(HttpStatusCode.Created);
        // a need, then a new product that matches it: the enterprise is invited to look
        var need = await (await enterprise.Client.PostAsJsonAsync("/api/needs",
            new { amount = 100_000m, termMonths = 12, purpose = "购买饲料", collateral = "None" })).ReadJsonAsync(HttpStatusCode.Created);
        var newer = await bank.Officer.CreateProductAsync(p => p["name"] = "春耕贷");
        // the second application is never accepted: past its limit the bureau presses the bank, and the enterprise is told
        app.Clock.Set(DateTimeOffset.Parse("2026-03-20T02:00:00Z"));
        await ActivatorUtilities.CreateInstance<OverdueSupervisionService>(app.Services).RunOnceAsync(CancellationToken.None);

        var messages = await (await enterprise.Client.GetAsync("/api/messages?pageSize=50")).ReadJsonAsync(HttpStatusCode.OK);
        var items = messages["items"]!.AsArray().Select(m => m!.AsObject()).ToList();
        var byType = items.ToLookup(m => (string)m["type"]!);
        Assert.Equal((string)first["id"]!, (string)byType["ApplicationAccepted"].Single()["applicationId"]!);
        Assert.Contains("经营流水不足", (string)byType["ApplicationRejected"].Single()["text"]!);
        Assert.Equal("Decision", (string)byType["ApplicationRejected"].Single()["category"]!);
        Assert.Equal("Notice", (string)byType["Notice"].Single()["category"]!);
        var invited = byType["NewMatchingProduct"].Single();
        Assert.Equal("Invitation", (string)invited["category"]!);
        Assert.Equal((string)newer["id"]!, (string)invited["productId"]!);
        Assert.Equal((string)need["id"]!, (string)invited["needId"]!);
        Assert.Contains("春耕贷", (string)invited["text"]!);
        var supervised = byType["ApplicationSupervised"].Single();
        Assert.Equal("Supervision", (string)supervised["category"]!);
        Assert.Equal((string)second["id"]!, (string)supervised["applicationId"]!);
        Assert.Equal(items.Count, (int)messages["unread"]!);
        Assert.Equal(items.OrderByDescending(m => DateTimeOffset.Parse((string)m["createdAt"]!)).Select(m => (string)m["id"]!),
            items.Select(m => (string)m["id"]!));                                         // newest first
        Assert.Equal(items.Count, (int)(await (await enterprise.Client.GetAsync("/api/messages/unread-count")).ReadJsonAsync(HttpStatusCode.OK))["unread"]!);

        // the stranger has the notice only; it cannot read or mark the other's messages
        var theirs = await (await stranger.Client.GetAsync("/api/messages")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Notice"], theirs["items"]!.AsArray().Select(m => (string)m!["type"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync($"/api/messages/{supervised["id"]}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.GetAsync("/api/messages")).StatusCode);

        // read one, then a tab, then everything
        var left = await (await enterprise.Client.PostAsync($"/api/messages/{supervised["id"]}/read", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(items.Count - 1, (int)left["unread"]!);
        Assert.Equal(items.Count - 1, (int)(await (await enterprise.Client.PostAsync($"/api/messages/{supervised["id"]}/read", null)).ReadJsonAsync(HttpStatusCode.OK))["unread"]!);
        var decisions = await (await enterprise.Client.GetAsync("/api/messages?category=Decision&unreadOnly=true")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.All(decisions["items"]!.AsArray(), m => Assert.Equal("Decision", (string)m!["category"]!));
        Assert.Equal(2, (int)(await (await enterprise.Client.PostAsync("/api/messages/read-all?category=Decision", null)).ReadJsonAsync(HttpStatusCode.OK))["unread"]!);
        Assert.Equal(0, (int)(await (await enterprise.Client.PostAsync("/api/messages/read-all", null)).ReadJsonAsync(HttpStatusCode.OK))["unread"]!);
        Assert.Equal(1, (int)(await (await stranger.Client.GetAsync("/api/messages/unread-count")).ReadJsonAsync(HttpStatusCode.OK))["unread"]!);
        var refused = await (await enterprise.Client.GetAsync("/api/messages?category=Spam")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("category"));
    }
}

public sealed class SqliteEnterpriseServiceTests(SqliteChinaDayApp app) : EnterpriseServiceTests<SqliteChinaDayApp>(app);

public sealed class MariaDbEnterpriseServiceTests(MariaDbChinaDayApp app) : EnterpriseServiceTests<MariaDbChinaDayApp>(app);
