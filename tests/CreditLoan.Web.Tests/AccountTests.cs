using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Accounts (product.md §11, api.md "Accounts and access"): the lifecycle of an account and its sessions — disable,
/// enable, reset, change, sign out, a suspended bank — each ending tokens at once; the bank administrator and officer
/// roles; dual control of the settings that weaken a control; the password policy. On both databases.
/// </summary>
public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private async Task<(string Id, string UserName, HttpClient Client)> NewOfficerAsync(Guid bankId, string role = "BankOfficer")
    {
        var bureau = await app.BureauAsync();
        var userName = TestData.UserName("acc");
        var user = await (await bureau.PostAsJsonAsync($"/api/banks/{bankId}/users", new { userName, password = Scenarios.Password, displayName = "信贷员", role }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(role, (string)user["role"]!);
        return ((string)user["id"]!, userName, await app.ClientAsync(userName, Scenarios.Password));
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    [Fact]
    public async Task The_bureaus_first_user_of_a_bank_is_its_administrator_and_later_ones_are_officers()
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var users = await (await bureau.GetAsync($"/api/users?bankId={bank.BankId}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("BankAdmin", (string)users["items"]![0]!["role"]!);
        var second = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("o2"), password = Scenarios.Password, displayName = "信贷员" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("BankOfficer", (string)second["role"]!);
    }

    [Fact]
    public async Task A_disabled_accounts_token_gets_401_at_once_and_it_cannot_sign_in_until_enabled()
    {
        var bank = await app.NewBankAsync();
        var (id, userName, officer) = await NewOfficerAsync(bank.BankId);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/products/mine")).StatusCode);

        var disabled = await (await bank.Officer.PostAsync($"/api/users/{id}/disable", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)disabled["disabled"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/products/mine")).StatusCode);
        var refused = await (await SignInAsync(app.CreateClient(), userName, Scenarios.Password)).ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("disabled", (string)refused["detail"]!);
        // twice is a conflict naming the state
        var again = await (await bank.Officer.PostAsync($"/api/users/{id}/disable", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Disabled", (string)again["currentState"]!);

        await (await bank.Officer.PostAsync($"/api/users/{id}/enable", null)).ReadJsonAsync(HttpStatusCode.OK);
        // the old token stays dead; a new sign-in works
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/products/mine")).StatusCode);
        await (await SignInAsync(app.CreateClient(), userName, Scenarios.Password)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logging_out_ends_that_token_only()
    {
        var bank = await app.NewBankAsync();
        var (_, userName, first) = await NewOfficerAsync(bank.BankId);
        var second = await app.ClientAsync(userName, Scenarios.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/products/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/products/mine")).StatusCode);
    }

    [Fact]
    public async Task Changing_ones_password_ends_every_other_session_and_keeps_this_one()
    {
        var bank = await app.NewBankAsync();
        var (_, userName, current) = await NewOfficerAsync(bank.BankId);
        var elsewhere = await app.ClientAsync(userName, Scenarios.Password);

        var wrong = await (await current.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-my-password-1", newPassword = "river-tractor-47" }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong["errors"]!.AsObject().ContainsKey("currentPassword"));
        Assert.Equal(HttpStatusCode.NoContent,
            (await current.PostAsJsonAsync("/api/auth/password", new { currentPassword = Scenarios.Password, newPassword = "river-tractor-47" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await current.GetAsync("/api/products/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/products/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(app.CreateClient(), userName, Scenarios.Password)).StatusCode);
        await (await SignInAsync(app.CreateClient(), userName, "river-tractor-47")).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reset_gives_a_temporary_password_that_must_be_changed_before_anything_else()
    {
        var bank = await app.NewBankAsync();
        var (id, userName, officer) = await NewOfficerAsync(bank.BankId);
        var reset = await (await bank.Officer.PostAsync($"/api/users/{id}/reset-password", null)).ReadJsonAsync(HttpStatusCode.OK);
        var temporary = (string)reset["temporaryPassword"]!;
        Assert.True(temporary.Length >= 10);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/products/mine")).StatusCode);

        var token = await (await SignInAsync(app.CreateClient(), userName, temporary)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)token["mustChangePassword"]!);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var refused = await (await client.GetAsync("/api/products/mine")).ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.True((bool)refused["passwordChangeRequired"]!);

        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = temporary, newPassword = "orchard-lantern-93" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products/mine")).StatusCode);
    }

    [Fact]
    public async Task A_suspended_banks_users_cannot_act_and_its_products_leave_the_supermarket_until_reinstated()
    {
        var bank = await app.NewBankAsync("暂停银行");
        var product = await bank.Officer.CreateProductAsync(b => b["name"] = "暂停测试贷" + Guid.NewGuid().ToString("N")[..6]);
        var bureau = await app.BureauAsync();
        var anonymous = app.CreateClient();
        async Task<bool> Listed() => (await (await anonymous.GetAsync($"/api/products/{product["id"]}")).Content.ReadAsStringAsync()).Contains((string)product["name"]!);
        Assert.True(await Listed());

        var suspended = await (await bureau.PostAsync($"/api/banks/{bank.BankId}/suspend", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Suspended", (string)suspended["status"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bank.Officer.GetAsync("/api/products/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/products/{product["id"]}")).StatusCode);
        var list = await (await anonymous.GetAsync("/api/products?pageSize=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain((string)product["id"]!, list);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsync($"/api/banks/{bank.BankId}/suspend", null)).StatusCode);

        await (await bureau.PostAsync($"/api/banks/{bank.BankId}/reinstate", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await bank.Officer.GetAsync("/api/products/mine")).StatusCode);
        Assert.True(await Listed());
    }

    [Fact]
    public async Task An_officer_manages_nothing_and_an_administrator_only_its_banks_officers()
    {
        var bank = await app.NewBankAsync();
        var other = await app.NewBankAsync("他行");
        var (officerId, _, officer) = await NewOfficerAsync(bank.BankId);
        var (otherOfficerId, _, _) = await NewOfficerAsync(other.BankId);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/users/{officerId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings", Settings(null, 2000, 2000))).StatusCode);

        var mine = await (await bank.Officer.GetAsync("/api/users")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.All(mine["items"]!.AsArray(), u => Assert.Equal(bank.BankId.ToString(), (string)u!["bankId"]!));
        // the bank's own users: its administrator (who asks) and the officer, by role
        Assert.Equal("BankOfficer", (string)mine["items"]!.AsArray().Single(u => (string)u!["id"]! == officerId)!["role"]!);
        Assert.Contains(mine["items"]!.AsArray(), u => (string)u!["role"]! == "BankAdmin");
        Assert.Equal(HttpStatusCode.NotFound, (await bank.Officer.GetAsync($"/api/users?bankId={other.BankId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.Officer.PostAsync($"/api/users/{otherOfficerId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.Officer.PostAsync($"/api/users/{otherOfficerId}/reset-password", null)).StatusCode);
        // an administrator creates officers, never administrators (else it could make the second one that confirms its own change)
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("puppet"), password = Scenarios.Password, displayName = "傀儡", role = "BankAdmin" })).StatusCode);
        await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("new"), password = Scenarios.Password, displayName = "新信贷员" })).ReadJsonAsync(HttpStatusCode.Created);
    }

    private static object Settings(decimal? threshold, decimal perDay, decimal perTransaction) => new
    {
        makerCheckerThreshold = threshold, withdrawalLimitPerDay = perDay, withdrawalLimitPerTransaction = perTransaction,
        commissions = new Dictionary<string, decimal> { ["CashWithdrawal"] = 1m },
    };

    [Fact]
    public async Task A_change_that_weakens_a_control_waits_for_a_second_administrator()
    {
        var bank = await app.NewBankAsync();
        var (_, _, secondAdmin) = await NewOfficerAsync(bank.BankId, "BankAdmin");
        var (_, _, officer) = await NewOfficerAsync(bank.BankId);
        await (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings", Settings(100_000m, 2000m, 1000m))).ReadJsonAsync(HttpStatusCode.OK);

        // removing maker-checker: 202, nothing changes yet
        var pending = await (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings", Settings(null, 2000m, 1000m)))
            .ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("PendingConfirmation", (string)pending["status"]!);
        Assert.Contains("makerCheckerThreshold", pending["weakens"]!.AsArray().Select(w => (string)w!));
        var now = await (await bank.Officer.GetAsync($"/api/banks/{bank.BankId}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(100_000m, (decimal)now["makerCheckerThreshold"]!);
        Assert.Single(now["pendingChanges"]!.AsArray());

        var confirm = $"/api/banks/{bank.BankId}/settings/changes/{pending["changeId"]}/confirm";
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.PostAsync(confirm, null)).StatusCode);   // not by its proposer
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync(confirm, null)).StatusCode);        // not by an officer
        var confirmed = await (await secondAdmin.PostAsync(confirm, null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Null(confirmed["makerCheckerThreshold"]);
        Assert.Equal(HttpStatusCode.Conflict, (await secondAdmin.PostAsync(confirm, null)).StatusCode);

        // raising a withdrawal limit waits too; lowering one, or setting a threshold where there was none, is in force at once
        await (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings", Settings(null, 3000m, 1000m))).ReadJsonAsync(HttpStatusCode.Accepted);
        var stricter = await (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings", Settings(50_000m, 1500m, 800m)))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(50_000m, (decimal)stricter["makerCheckerThreshold"]!);
        Assert.Equal(1500m, (decimal)stricter["withdrawalLimitPerDay"]!);
        // the audit keeps the proposal and the confirmation, each in its administrator's name
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.EntityId == bank.BankId.ToString() || a.EntityId!.StartsWith(bank.BankId + "/settings"))
            .Select(a => new { a.Action, a.Actor, a.Outcome }).ToListAsync();
        Assert.Contains(audit, a => a.Action == "UpdateBankSettings" && a.Outcome == "Succeeded");
        var confirmation = Assert.Single(audit, a => a.Action == "ConfirmSettingChange" && a.Outcome == "Succeeded");
        Assert.DoesNotContain(audit.Where(a => a.Action == "UpdateBankSettings"), a => a.Actor == confirmation.Actor);
    }

    public static TheoryData<string, string> WeakPasswords => new()
    {
        { "password1", "too short" },
        { "12345678", "too short" },
        { "password123", "common" },
        { "qwertyuiop", "common" },
        { "1234567890", "common" },
    };

    [Theory]
    [MemberData(nameof(WeakPasswords))]
    public async Task Weak_passwords_are_refused_naming_the_field(string password, string why)
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var refused = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("weak"), password, displayName = "X" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("password"), why);
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_everywhere_one_is_set()
    {
        var bank = await app.NewBankAsync();
        var bureau = await app.BureauAsync();
        var userName = TestData.UserName("zhang");
        var refused = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName, password = userName.ToUpperInvariant() + "-2026!", displayName = "X" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("password"));

        var (_, name, officer) = await NewOfficerAsync(bank.BankId);
        var change = await (await officer.PostAsJsonAsync("/api/auth/password", new { currentPassword = Scenarios.Password, newPassword = name + "-safe-2026" }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(change["errors"]!.AsObject().ContainsKey("newPassword"));
        var common = await (await officer.PostAsJsonAsync("/api/auth/password", new { currentPassword = Scenarios.Password, newPassword = "iloveyou12" }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(common["errors"]!.AsObject().ContainsKey("newPassword"));
    }

    [Fact]
    public async Task An_old_token_without_a_session_is_refused()
    {
        // a token of release 1.0.0 carried no session id: after the upgrade it is refused, and signing in again works
        var bank = await app.NewBankAsync();
        var response = await bank.Officer.GetAsync("/api/products/mine");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forged = Tokens.Sign(app, claims: new Dictionary<string, object> { ["sub"] = "x", ["role"] = "bureau", ["name"] = "admin" });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/banks/" + bank.BankId + "/settings")).StatusCode);
    }
}

public sealed class SqliteAccountTests(SqliteApp app) : AccountTests<SqliteApp>(app);

public sealed class MariaDbAccountTests(MariaDbApp app) : AccountTests<MariaDbApp>(app);
