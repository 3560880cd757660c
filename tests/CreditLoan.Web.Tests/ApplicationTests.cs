using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>From "I apply" to "the money is in my account", through the HTTP contract, on both databases.</summary>
public abstract class ApplicationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private sealed record Setup(BankSetup Bank, EnterpriseSetup Enterprise, JsonObject Product);

    private async Task<Setup> SetupAsync(Action<JsonObject>? product = null)
    {
        var bank = await app.NewBankAsync();
        var enterprise = await app.NewEnterpriseAsync();
        return new Setup(bank, enterprise, await bank.Officer.CreateProductAsync(product));
    }

    private static async Task<JsonObject> ApplyAsync(HttpClient client, JsonObject product, decimal amount = 120_000m, int term = 12, object? needId = null) =>
        await (await client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, needId, amount, termMonths = term }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> Post(HttpClient c, JsonObject application, string action, object? body = null) =>
        body is null ? c.PostAsync($"/api/applications/{application["id"]}/{action}", null) : c.PostAsJsonAsync($"/api/applications/{application["id"]}/{action}", body);

    private static object Terms(decimal amount = 100_000m, decimal rate = 4.35m, int term = 12, string method = "EqualInstallment") =>
        new { amount, annualRate = rate, termMonths = term, repaymentMethod = method };

    [Fact]
    public async Task An_application_goes_all_the_way_to_a_repaid_loan()
    {
        var s = await SetupAsync();
        var application = await ApplyAsync(s.Enterprise.Client, s.Product);
        Assert.Equal("Submitted", (string)application["status"]!);
        Assert.True(DateTimeOffset.Parse((string)application["acceptDueAt"]!) > DateTimeOffset.UtcNow.AddDays(1));

        // applying granted the bank a consent to the credit report
        await (await s.Bank.Officer.GetAsync($"/api/enterprises/{s.Enterprise.EnterpriseId}/credit-report")).ReadJsonAsync(HttpStatusCode.OK);

        var accepted = await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Accepted", (string)accepted["status"]!);
        Assert.NotNull(accepted["decideDueAt"]);
        var approved = await (await Post(s.Bank.Officer, application, "approve", Terms())).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", (string)approved["status"]!);
        var disbursed = await (await Post(s.Bank.Officer, application, "disburse", new { amount = 100_000m, disbursedOn = Today })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Disbursed", (string)disbursed["status"]!);

        var loan = await (await s.Enterprise.Client.GetAsync($"/api/loans/{disbursed["loanId"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", (string)loan["status"]!);
        var schedule = loan["schedule"]!.AsArray();
        Assert.Equal(12, schedule.Count);
        Assert.Equal(8530.99m, (decimal)schedule[0]!["payment"]!);
        Assert.Equal(100_000m, schedule.Sum(p => (decimal)p!["principal"]!));

        var full = await (await s.Enterprise.Client.GetAsync($"/api/applications/{application["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Submitted", "Accepted", "Approved", "Disbursed"], full["history"]!.AsArray().Select(h => (string)h!["status"]!));
        Assert.All(full["history"]!.AsArray(), h => Assert.False(string.IsNullOrEmpty((string)h!["by"]!)));

        await (await s.Bank.Officer.PostAsJsonAsync($"/api/loans/{disbursed["loanId"]}/repayments", new { amount = 8530.99m, paidOn = Today }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var over = await (await s.Bank.Officer.PostAsJsonAsync($"/api/loans/{disbursed["loanId"]}/repayments", new { amount = 999_999m, paidOn = Today }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(over["errors"]!.AsObject().ContainsKey("amount"));
        var total = (decimal)loan["totalDue"]! - 8530.99m;
        await (await s.Bank.Officer.PostAsJsonAsync($"/api/loans/{disbursed["loanId"]}/repayments", new { amount = total, paidOn = Today }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var settled = await (await s.Bank.Officer.GetAsync($"/api/loans/{disbursed["loanId"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Settled", (string)settled["status"]!);

        await (await Post(s.Enterprise.Client, application, "rating", new { score = 5, comment = "一周到账" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await Post(s.Enterprise.Client, application, "rating", new { score = 4 })).ReadJsonAsync(HttpStatusCode.Conflict);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notices = await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains((string)application["id"]!)).Select(m => m.Type).ToListAsync();
        Assert.Contains("ApplicationAccepted", notices);
        Assert.Contains("ApplicationApproved", notices);
        Assert.Contains("LoanDisbursed", notices);
        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.ApplicationId == Guid.Parse((string)application["id"]!));
        Assert.NotNull(consent.ExpiresAt); // closed by the disbursal: 90 days from now
    }

    [Fact]
    public async Task Refused_moves_are_409_naming_the_current_state()
    {
        var s = await SetupAsync();
        var application = await ApplyAsync(s.Enterprise.Client, s.Product);
        async Task Refused(HttpClient c, string action, string state, object? body = null)
        {
            var problem = await (await Post(c, application, action, body)).ReadJsonAsync(HttpStatusCode.Conflict);
            Assert.Equal(state, (string)problem["currentState"]!);
            Assert.Contains(state, (string)problem["detail"]!);
        }
        await Refused(s.Bank.Officer, "approve", "Submitted", Terms());
        await Refused(s.Bank.Officer, "disburse", "Submitted", new { amount = 1m, disbursedOn = Today });
        await Refused(s.Bank.Officer, "confirm-approval", "Submitted");
        await Refused(s.Enterprise.Client, "rating", "Submitted", new { score = 3 });
        await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        await Refused(s.Bank.Officer, "accept", "Accepted");
        await (await Post(s.Bank.Officer, application, "approve", Terms())).ReadJsonAsync(HttpStatusCode.OK);
        await Refused(s.Enterprise.Client, "withdraw", "Approved");
        await Refused(s.Bank.Officer, "reject", "Approved", new { reason = "太晚了" });
        await Refused(s.Bank.Officer, "approve", "Approved", Terms());

        var withdrawn = await ApplyAsync(s.Enterprise.Client, s.Product);
        await (await Post(s.Enterprise.Client, withdrawn, "withdraw")).ReadJsonAsync(HttpStatusCode.OK);
        var again = await (await Post(s.Bank.Officer, withdrawn, "accept")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Withdrawn", (string)again["currentState"]!);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_the_enterprise_still_sees_the_other_products()
    {
        var s = await SetupAsync();
        var other = await s.Bank.Officer.CreateProductAsync(b => b["name"] = "备选贷");
        var need = await (await s.Enterprise.Client.PostAsJsonAsync("/api/needs",
            new { amount = 120_000m, termMonths = 12, purpose = "扩栏", collateral = "None" })).ReadJsonAsync(HttpStatusCode.Created);
        var application = await ApplyAsync(s.Enterprise.Client, s.Product, needId: (string)need["id"]!);
        var noReason = await (await Post(s.Bank.Officer, application, "reject", new { reason = "" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason["errors"]!.AsObject().ContainsKey("reason"));
        var rejected = await (await Post(s.Bank.Officer, application, "reject", new { reason = "流水不足" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", (string)rejected["status"]!);
        Assert.Equal("流水不足", (string)rejected["rejectReason"]!);
        var matches = await (await s.Enterprise.Client.GetAsync($"/api/needs/{need["id"]}/matches")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(matches["items"]!.AsArray(), m => (string)m!["productId"]! == (string)other["id"]!);
    }

    [Fact]
    public async Task Terms_outside_the_product_are_refused_naming_the_field()
    {
        var s = await SetupAsync();
        var mismatch = await (await s.Enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)s.Product["id"]!, amount = 5_000_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("amount", (string)mismatch["failedRules"]![0]!["rule"]!);

        var application = await ApplyAsync(s.Enterprise.Client, s.Product);
        await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        async Task Refused(object terms, string field, HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
        {
            var problem = await (await Post(s.Bank.Officer, application, "approve", terms)).ReadJsonAsync(status);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }
        await Refused(Terms(rate: 9.9m), "annualRate");
        await Refused(Terms(term: 48), "termMonths");
        await Refused(Terms(amount: 130_000m), "amount");
        await Refused(Terms(method: "BulletPayment"), "repaymentMethod");
        await Refused(Terms(method: "Balloon"), "repaymentMethod", HttpStatusCode.BadRequest);
        await (await Post(s.Bank.Officer, application, "approve", Terms())).ReadJsonAsync(HttpStatusCode.OK);
        await Refused2("amount", new { amount = 100_000.01m, disbursedOn = Today });
        await Refused2("disbursedOn", new { amount = 100_000m, disbursedOn = DateTime.UtcNow.AddHours(8).AddDays(2).ToString("yyyy-MM-dd") });
        await Refused2("disbursedOn", new { amount = 100_000m, disbursedOn = "2020-01-01" });

        async Task Refused2(string field, object body)
        {
            var problem = await (await Post(s.Bank.Officer, application, "disburse", body)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }
    }

    [Fact]
    public async Task Above_the_threshold_a_second_officer_must_confirm()
    {
        var s = await SetupAsync();
        (await s.Bank.Officer.PutAsJsonAsync($"/api/banks/{s.Bank.BankId}/settings",
            new { makerCheckerThreshold = 100_000m, withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m, commissions = new { } })).EnsureSuccessStatusCode();
        var application = await ApplyAsync(s.Enterprise.Client, s.Product);
        await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        var held = await (await Post(s.Bank.Officer, application, "approve", Terms(amount: 120_000m))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("ApprovalPending", (string)held["status"]!);
        await (await Post(s.Bank.Officer, application, "disburse", new { amount = 1m, disbursedOn = Today })).ReadJsonAsync(HttpStatusCode.Conflict);
        var self = await (await Post(s.Bank.Officer, application, "confirm-approval")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("differ", (string)self["detail"]!);
        var checker = await app.NewBankOfficerAsync(s.Bank.BankId);
        var confirmed = await (await Post(checker, application, "confirm-approval")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", (string)confirmed["status"]!);
        Assert.Equal(["Submitted", "Accepted", "ApprovalPending", "Approved"], confirmed["history"]!.AsArray().Select(h => (string)h!["status"]!));

        var small = await ApplyAsync(s.Enterprise.Client, s.Product, amount: 50_000m);
        await (await Post(s.Bank.Officer, small, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        var direct = await (await Post(s.Bank.Officer, small, "approve", Terms(amount: 50_000m))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", (string)direct["status"]!);

        // two loans side by side keep their own schedules
        var first = await (await Post(s.Bank.Officer, application, "disburse", new { amount = 120_000m, disbursedOn = Today })).ReadJsonAsync(HttpStatusCode.OK);
        var second = await (await Post(s.Bank.Officer, small, "disburse", new { amount = 50_000m, disbursedOn = Today })).ReadJsonAsync(HttpStatusCode.OK);
        foreach (var (loanId, amount) in new[] { ((string)first["loanId"]!, 120_000m), ((string)second["loanId"]!, 50_000m) })
        {
            var loan = await (await s.Bank.Officer.GetAsync($"/api/loans/{loanId}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(12, loan["schedule"]!.AsArray().Count);
            Assert.Equal(amount, loan["schedule"]!.AsArray().Sum(p => (decimal)p!["principal"]!));
        }
    }

    [Fact]
    public async Task A_prospect_shows_who_it_is_once_the_enterprise_applies()
    {
        var s = await SetupAsync();
        var need = await (await s.Enterprise.Client.PostAsJsonAsync("/api/needs",
            new { amount = 120_000m, termMonths = 12, purpose = "扩栏", collateral = "None" })).ReadJsonAsync(HttpStatusCode.Created);
        JsonObject Mine(JsonObject page) => page["items"]!.AsArray().Single(p => (string)p!["needId"]! == (string)need["id"]!)!.AsObject();
        var before = Mine(await (await s.Bank.Officer.GetAsync($"/api/products/{s.Product["id"]}/prospects?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK));
        Assert.False(before.ContainsKey("enterpriseId"));
        await ApplyAsync(s.Enterprise.Client, s.Product, needId: (string)need["id"]!);
        var after = Mine(await (await s.Bank.Officer.GetAsync($"/api/products/{s.Product["id"]}/prospects?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK));
        Assert.Equal(s.Enterprise.EnterpriseId.ToString(), (string)after["enterpriseId"]!);
        Assert.False(string.IsNullOrEmpty((string)after["enterpriseName"]!));
    }

    [Fact]
    public async Task Of_officers_approving_at_once_exactly_one_wins()
    {
        var s = await SetupAsync();
        var officers = new List<HttpClient> { s.Bank.Officer };
        for (var i = 0; i < 5; i++) officers.Add(await app.NewBankOfficerAsync(s.Bank.BankId));
        for (var round = 0; round < 3; round++)
        {
            var application = await ApplyAsync(s.Enterprise.Client, s.Product);
            await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
            using var start = new Barrier(officers.Count);
            var responses = await Task.WhenAll(officers.Select(o => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await Post(o, application, "approve", Terms());
            })));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
            var stored = await (await s.Bank.Officer.GetAsync($"/api/applications/{application["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(1, stored["history"]!.AsArray().Count(h => (string)h!["status"]! == "Approved"));
        }
    }

    [Fact]
    public async Task A_delegated_agent_applies_for_an_enterprise_and_withdraws_a_held_approval()
    {
        var s = await SetupAsync();
        var bureau = await app.BureauAsync();
        var station = await (await bureau.PostAsJsonAsync("/api/stations",
            new { name = "翟村服务站", villageCode = "130682101200", partnerBankId = s.Bank.BankId, cashFloatLimit = 50000m })).ReadJsonAsync(HttpStatusCode.Created);
        var userName = TestData.UserName("agent");
        (await bureau.PostAsJsonAsync($"/api/stations/{station["id"]}/users", new { userName, password = Scenarios.Password, displayName = "代办员" }))
            .EnsureSuccessStatusCode();
        var agent = await app.ClientAsync(userName, Scenarios.Password);
        var body = new { productId = (string)s.Product["id"]!, amount = 120_000m, termMonths = 12, enterpriseId = s.Enterprise.EnterpriseId };
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync("/api/applications", body)).StatusCode); // not authorised yet

        await (await s.Enterprise.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = (string)station["id"]! }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var application = await (await agent.PostAsJsonAsync("/api/applications", body)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(s.Enterprise.EnterpriseId.ToString(), (string)application["enterpriseId"]!);
        await (await agent.GetAsync($"/api/applications/{application["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)(await (await agent.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);
        await (await s.Enterprise.Client.GetAsync($"/api/applications/{application["id"]}")).ReadJsonAsync(HttpStatusCode.OK);

        (await s.Bank.Officer.PutAsJsonAsync($"/api/banks/{s.Bank.BankId}/settings",
            new { makerCheckerThreshold = 100_000m, withdrawalLimitPerDay = 2000m, withdrawalLimitPerTransaction = 2000m, commissions = new { } })).EnsureSuccessStatusCode();
        await (await Post(s.Bank.Officer, application, "accept")).ReadJsonAsync(HttpStatusCode.OK);
        await (await Post(s.Bank.Officer, application, "approve", Terms(amount: 110_000m))).ReadJsonAsync(HttpStatusCode.OK);
        var withdrawn = await (await Post(agent, application, "withdraw")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", (string)withdrawn["status"]!);
        var late = await (await Post(await app.NewBankOfficerAsync(s.Bank.BankId), application, "confirm-approval")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Withdrawn", (string)late["currentState"]!);
    }

    [Fact]
    public async Task Other_tenants_get_404_and_lists_are_scoped()
    {
        var s = await SetupAsync();
        var application = await ApplyAsync(s.Enterprise.Client, s.Product);
        var otherBank = await app.NewBankAsync();
        var stranger = await app.NewEnterpriseAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Post(otherBank.Officer, application, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBank.Officer.GetAsync($"/api/applications/{application["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/applications/{application["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(stranger.Client, application, "withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(s.Enterprise.Client, application, "accept")).StatusCode);
        var mine = await (await s.Bank.Officer.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.All(mine["items"]!.AsArray(), a => Assert.Equal(s.Bank.BankId.ToString(), (string)a!["bankId"]!));
        Assert.Equal(0, (int)(await (await otherBank.Officer.GetAsync("/api/applications")).ReadJsonAsync(HttpStatusCode.OK))["total"]!);
        var theirs = await (await s.Enterprise.Client.GetAsync("/api/applications?status=Submitted")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)theirs["total"]!);
    }

    [Fact]
    public async Task The_bureau_keeps_the_working_day_calendar()
    {
        var anonymous = app.CreateClient();
        var y2026 = JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/2026"))!;
        Assert.Equal(7, y2026["holidays"]!.AsArray().Count);
        // a year with no official arrangement is computed from the statutory holidays, marked provisional
        Assert.False((bool)JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/2031"))!["official"]!);
        var body = new StringContent("""{"year":2031,"holidays":[{"name":"国庆节","from":"2031-10-01","to":"2031-10-07"}],"adjustedWorkingDays":["2031-09-28"]}""",
            System.Text.Encoding.UTF8, "application/json");
        var enterprise = await app.NewEnterpriseAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.Client.PutAsync("/api/calendar/2031", body)).StatusCode);
        var bureau = await app.BureauAsync();
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsync("/api/calendar/2031", body)).StatusCode);
        var stored = JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/2031"))!;
        Assert.Equal("2031-09-28", (string)stored["adjustedWorkingDays"]![0]!);
        Assert.True((bool)stored["official"]!);
        var bad = await (await bureau.PutAsync("/api/calendar/2032", new StringContent("""{"year":2032,"holidays":[],"adjustedWorkingDays":["2032-03-03"]}""")))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不是周六或周日", bad["errors"]!["adjustedWorkingDays[0]"]![0]!.ToString());
        var wrongYear = await (await bureau.PutAsync("/api/calendar/2033", new StringContent("""{"year":2032,"holidays":[]}"""))).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongYear["errors"]!.AsObject().ContainsKey("year"));
    }
}

public sealed class SqliteApplicationTests(SqliteApp app) : ApplicationTests<SqliteApp>(app);

public sealed class MariaDbApplicationTests(MariaDbApp app) : ApplicationTests<MariaDbApp>(app);
