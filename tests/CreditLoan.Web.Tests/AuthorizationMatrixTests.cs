using System.Diagnostics;
using System.Text;
using CreditLoan.Testing;
using CreditLoan.Web.Tests.Matrix;
using Xunit.Abstractions;
using static CreditLoan.Web.Tests.Matrix.Role;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Every endpoint the app maps under /api (and the portal's data downloads) called by every kind of caller, checked against
/// one declared table of who may call what (api.md "Conventions"): anonymous 401, a role that may not act 403, another
/// tenant's object 404, never a 5xx. A new endpoint fails the test until it is declared here.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    /// <summary>The endpoints the matrix walks: the API, and the portal's endpoints outside it that return data.</summary>
    private static readonly string[] Covered = ["/api/", "/export/", "/station/receipt/"];

    private static readonly string ProductBody = Scenarios.ProductBody().ToJsonString();
    private const string UserBody = """{"userName":"$newUserName","password":"Passw0rd-2026","displayName":"越权"}""";
    private const string CsvExport = "format=csv";

    private static readonly EndpointRule[] Matrix =
    [
        // anyone, signed in or not
        Public("POST /api/auth/token"),
        Public("POST /api/enterprises/register"),
        Public("GET /api/enterprises/register/preview", query: "creditCode=91130682MA07L7TQ3R"),
        Public("GET /api/banks"),
        Public("GET /api/banks/{id}"),
        Public("GET /api/products"),
        Public("GET /api/products/{id}"),
        Public("GET /api/products/{id}/schedule", query: "amount=50000&termMonths=12&repaymentMethod=EqualInstallment"),
        Public("GET /api/calendar/{year}"),
        Public("GET /api/divisions/{code}"),
        Public("GET /api/divisions", query: "within=130682"),
        Public("GET /api/industries"),
        Public("GET /api/jobs", query: "division=130682101"),

        // one's own account: anyone signed in
        Only("POST /api/auth/password", any: Bureau | Bank | Enterprise | Agent,
            body: """{"currentPassword":"Passw0rd-2026","newPassword":"Passw0rd-2026"}"""),
        Only("POST /api/auth/logout", any: Bureau | Bank | Enterprise | Agent) with { EndsSession = true },

        // accounts: the bureau's all, a bank administrator's its officers
        Only("GET /api/users", any: Bureau, own: Bank),
        Only("POST /api/users/{id}/disable", any: Bureau, own: Bank),
        Only("POST /api/users/{id}/enable", any: Bureau, own: Bank),
        Only("POST /api/users/{id}/reset-password", any: Bureau, own: Bank),
        Only("POST /api/banks/{id}/settings/changes/{changeId}/confirm", own: Bank),

        // the bureau's onboarding, data and supervision
        Only("POST /api/banks", any: Bureau, body: """{"name":"越权银行","creditCode":"$newCreditCode"}"""),
        Only("POST /api/banks/{id}/users", any: Bureau, own: Bank, body: UserBody),
        Only("POST /api/stations", any: Bureau, body: """{"name":"越权服务站","villageCode":"130682101200","partnerBankId":"$bankA","cashFloatLimit":1000}"""),
        Only("POST /api/stations/{id}/users", any: Bureau, body: UserBody),
        Only("POST /api/credit/imports", any: Bureau),
        Only("GET /api/credit/imports", any: Bureau),
        Only("PUT /api/calendar/{year}", any: Bureau),
        Only("GET /api/calendar/status", any: Bureau),
        Only("POST /api/notices", any: Bureau, body: """{"text":"越权通知"}"""),
        Only("GET /api/notices", any: Bureau),
        Only("GET /api/notices/{id}", any: Bureau),
        Only("GET /api/stats/overdue", any: Bureau),
        Only("GET /api/stats/verify", any: Bureau),
        Only("POST /api/applications/{id}/supervision-notes", any: Bureau, body: """{"text":"越权督办"}"""),
        Only("GET /api/ops/instance", any: Bureau),
        Only("GET /api/audit", any: Bureau),
        Only("GET /export/audit", any: Bureau, query: CsvExport),

        // a bank's own settings, accounts and products
        Only("GET /api/banks/{id}/settings", any: Bureau, own: Bank),
        Only("PUT /api/banks/{id}/settings", own: Bank, body: """{"withdrawalLimitPerDay":5000,"withdrawalLimitPerTransaction":2000,"commissions":{}}"""),
        Only("POST /api/banks/{id}/accounts", own: Bank, body: """{"holderName":"越权","idNumber":"11010519491231002X","openingBalance":0}"""),
        Only("GET /api/banks/{id}/accounts", own: Bank),
        Only("POST /api/products", any: Bank, body: ProductBody),
        Only("GET /api/products/mine", own: Bank),
        Only("PUT /api/products/{id}", own: Bank, body: ProductBody),
        Only("POST /api/products/{id}/publish", own: Bank),
        Only("POST /api/products/{id}/retire", own: Bank),
        Only("GET /api/products/{id}/prospects", own: Bank),
        Only("POST /api/products/{id}/prospects/{needId}/invite", own: Bank),

        // stations: the directory, the counter, the books
        Only("GET /api/stations", any: Bureau | Enterprise, own: Bank | Agent),
        Only("GET /api/stations/{id}", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/delegations", own: Agent),
        Only("POST /api/stations/{id}/transactions", own: Agent, body: """{"type":"CashDeposit","accountNo":"$accountA","amount":10}"""),
        Only("POST /api/stations/{id}/transactions/{txId}/reverse", own: Agent),
        Only("POST /api/stations/{id}/cash/replenish", own: Agent, body: """{"amount":10}"""),
        Only("POST /api/stations/{id}/cash/return", own: Agent, body: """{"amount":10}"""),
        Only("POST /api/stations/{id}/settlements", own: Agent, body: """{"businessDate":"$today","countedCash":0}"""),
        Only("GET /api/stations/{id}/accounts/lookup", own: Agent, query: "number=$accountA"),
        Only("GET /api/stations/{id}/cash", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/transactions", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/transactions/{txId}/receipt", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/commissions", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/settlements", any: Bureau, own: Bank | Agent),
        Only("GET /api/stations/{id}/settlements/{date}", any: Bureau, own: Bank | Agent),

        // billers of utility payments (issue 18): a bank keeps its own, the bureau the county-wide ones (and may change any)
        Only("GET /api/billers", any: Bureau, own: Bank | Agent),
        Only("GET /api/billers/{id}", any: Bureau, own: Bank | Agent),
        Only("POST /api/billers", any: Bureau | Bank, body: """{"name":"越权水厂","category":"Water"}"""),
        Only("PUT /api/billers/{id}", any: Bureau, own: Bank, body: """{"name":"矩阵水厂","category":"Water","billNoHint":"户号 10 位"}"""),
        Only("POST /api/billers/{id}/retire", any: Bureau, own: Bank),
        Only("GET /station/receipt/{txId}", own: Agent),
        // 帮办代办: a villager registered with the paper authorisation; its scan for the station and the bureau, nobody else (404)
        Only("POST /api/stations/{id}/assisted-registrations", own: Agent),
        Hidden("GET /api/stations/{id}/authorisations/{authId}", any: Bureau, own: Agent, hidden: Bank | Enterprise),
        Hidden("GET /export/authorisations/{authId}", any: Bureau, own: Agent, hidden: Bank | Enterprise),

        // an enterprise's profile, consents, delegations, credit report and job postings
        Only("GET /api/enterprises/me", own: Enterprise),
        Only("GET /api/enterprises/{id}/credit-report", any: Bureau, own: Enterprise | Bank),
        Only("GET /api/consents", own: Enterprise),
        Only("POST /api/consents/{id}/revoke", own: Enterprise),
        Only("POST /api/enterprises/me/delegations", any: Enterprise, body: """{"stationId":"$stationA"}"""),
        Only("GET /api/enterprises/me/delegations", own: Enterprise),
        Only("DELETE /api/enterprises/me/delegations/{stationId}", own: Enterprise),
        Only("GET /api/messages", own: Enterprise),
        Only("GET /api/messages/unread-count", own: Enterprise),
        Only("POST /api/messages/{id}/read", own: Enterprise),
        Only("POST /api/messages/read-all", own: Enterprise),
        Only("POST /api/jobs", any: Enterprise, body: """{"title":"越权招聘","divisionCode":"130682101","salary":"3000"}"""),

        // needs and matching
        Only("POST /api/needs", own: Enterprise | Agent,
            body: """{"amount":50000,"termMonths":12,"purpose":"越权","collateral":"None","enterpriseId":"$enterpriseA"}"""),
        Only("GET /api/needs", any: Bureau, own: Enterprise | Agent),
        Only("GET /api/needs/{id}", any: Bureau, own: Enterprise | Agent),
        Only("GET /api/needs/{id}/matches", own: Enterprise | Agent),
        Only("GET /api/needs/{id}/matches/{productId}/explain", own: Enterprise | Agent),
        Only("POST /api/needs/{id}/close", own: Enterprise),

        // applications and loans
        Only("POST /api/applications", own: Enterprise | Agent,
            body: """{"productId":"$productA","needId":"$needA","amount":50000,"termMonths":12,"enterpriseId":"$enterpriseA"}"""),
        Only("GET /api/applications", any: Bureau, own: Bank | Enterprise | Agent),
        Only("GET /api/applications/{id}", any: Bureau, own: Bank | Enterprise | Agent),
        Only("GET /api/applications/inbox", own: Bank),
        Only("GET /api/applications/{id}/dossier", any: Bureau, own: Bank),
        Only("POST /api/applications/{id}/accept", own: Bank),
        Only("POST /api/applications/{id}/approve", own: Bank,
            body: """{"amount":50000,"annualRate":4.35,"termMonths":12,"repaymentMethod":"EqualInstallment"}"""),
        Only("POST /api/applications/{id}/confirm-approval", own: Bank),
        Only("POST /api/applications/{id}/reject", own: Bank, body: """{"reason":"越权"}"""),
        Only("POST /api/applications/{id}/withdraw", own: Enterprise | Agent),
        Only("POST /api/applications/{id}/disburse", own: Bank, body: """{"amount":50000,"disbursedOn":"$today"}"""),
        Only("POST /api/applications/{id}/rating", own: Enterprise, body: """{"score":5}"""),
        Only("GET /api/loans/{id}", any: Bureau, own: Bank | Enterprise),
        Only("POST /api/loans/{id}/repayments", own: Bank, body: """{"amount":100,"paidOn":"$today"}"""),
        Only("GET /api/loans", any: Bureau, own: Bank | Enterprise | Agent),
        Only("POST /api/loans/{id}/prepayments", own: Bank, body: """{"amount":100,"paidOn":"$today","mode":"ShortenTerm"}"""),
        Only("GET /api/loans/{id}/prepayments/preview", any: Bureau, own: Bank | Enterprise, query: "amount=100&paidOn=2026-01-01&mode=ShortenTerm"),
        Only("POST /api/banks/{id}/repayments/imports", own: Bank, query: "batchId=matrix-1"),

        // cases (办不成事) and ratings (好差评): the enterprise concerned, the station that lodged it, the assignee once assigned, the bureau
        Only("POST /api/cases", any: Bureau, own: Enterprise | Agent,
            body: """{"subjectType":"Application","subjectId":"$applicationA","description":"越权","onBehalfOf":{"name":"王五","phone":"13912345678"}}"""),
        Only("GET /api/cases", any: Bureau, own: Bank | Enterprise | Agent),
        Only("GET /api/cases/{id}", any: Bureau, own: Bank | Enterprise | Agent),
        Only("POST /api/cases/{id}/triage", any: Bureau, body: """{"tier":"Simple","cause":"Other","assignTo":"Bank"}"""),
        Only("POST /api/cases/{id}/reply", any: Bureau, own: Bank | Agent, body: """{"text":"越权"}"""),
        Only("POST /api/cases/{id}/close", any: Bureau, body: """{"outcome":"Fixed","reason":"越权"}"""),
        Only("POST /api/ratings", own: Enterprise | Agent, body: """{"subjectType":"Application","subjectId":"$applicationA","score":5}"""),
        Only("GET /api/stats/service-quality", any: Bureau, own: Bank | Agent),

        // statistics: the bureau's for the platform, a bank's for its own rows (also the portal's downloads)
        Only("GET /api/stats/overview", any: Bureau, own: Bank),
        Only("GET /api/stats/by-bank", any: Bureau, own: Bank),
        Only("GET /api/stats/by-township", any: Bureau, own: Bank),
        Only("GET /api/stats/by-industry", any: Bureau, own: Bank),
        Only("GET /api/stats/by-month", any: Bureau, own: Bank),
        Only("GET /api/stats/stations", any: Bureau, own: Bank),
        Only("GET /api/stats/applications", any: Bureau, own: Bank),
        Only("GET /api/stats/station-applications", any: Bureau, own: Bank),
        Only("GET /export/applications", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /api/stats/portfolio", any: Bureau, own: Bank),
        Only("GET /api/stats/monthly-return", any: Bureau),
        Only("GET /export/portfolio", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /export/monthly-return", any: Bureau),
        Only("GET /export/import-template/{dataset}", any: Bureau),
        Only("GET /export/by-bank", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /export/by-township", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /export/by-industry", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /export/by-month", any: Bureau, own: Bank, query: CsvExport),
        Only("GET /export/service-quality", any: Bureau, own: Bank | Agent, query: CsvExport),

        // last of all (the allowed writes run in this order): the bureau suspends bank A and reinstates it at once
        Only("POST /api/banks/{id}/suspend", any: Bureau),
        Only("POST /api/banks/{id}/reinstate", any: Bureau),
    ];

    private static EndpointRule Public(string endpoint, string? query = null) => Parse(endpoint) with { IsPublic = true, Query = query };

    private static EndpointRule Only(string endpoint, Role any = None, Role own = None, string? body = null, string? query = null) =>
        Parse(endpoint) with { AnyTenant = any, OwnTenant = own, Body = body, Query = query };

    private static EndpointRule Hidden(string endpoint, Role any, Role own, Role hidden) =>
        Parse(endpoint) with { AnyTenant = any, OwnTenant = own, Hidden = hidden };

    private static EndpointRule Parse(string endpoint) => endpoint.Split(' ') is [var method, var route]
        ? new EndpointRule(method, route)
        : throw new ArgumentException($"'{endpoint}' is not \"METHOD /route\".");

    [Fact]
    public void Every_mapped_endpoint_is_declared_in_the_matrix_and_every_declared_one_is_mapped()
    {
        var mapped = MatrixWorld.MappedEndpoints(app, Covered).Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var declared = Matrix.Select(r => r.Key).ToList();
        var problems = mapped.Except(declared).Select(e => $"{e} is mapped but not in the authorization matrix: declare it in the matrix")
            .Concat(declared.Except(mapped).Select(e => $"{e} is in the authorization matrix but not mapped: remove it from the matrix"))
            .Concat(declared.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => $"{g.Key} is declared {g.Count()} times"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_matrix_declares()
    {
        var clock = Stopwatch.StartNew();
        var world = await MatrixWorld.BuildAsync(app);
        var built = clock.Elapsed;
        var mapped = MatrixWorld.MappedEndpoints(app, Covered).Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var calls = (from rule in Matrix
                     where mapped.Contains(rule.Key) // the other fact names what is undeclared or unmapped
                     from caller in world.Callers
                     select new Call(rule, caller, rule.ExpectedFor(caller))).ToList();

        // Refusals and reads first; the allowed writes last, deletes at the very end, so that the owner's own changes
        // (a retired product, a revoked consent or delegation) cannot turn a later check into a false 404.
        var ordered = calls.Where(c => c.Refused || c.Rule.Method == "GET")
            .Concat(calls.Where(c => !c.Refused && c.Rule.Method != "GET").OrderBy(c => c.Rule.Method == "DELETE"));
        var failures = new List<string>();
        foreach (var call in ordered)
        {
            if (await CheckAsync(world, call) is { } failure) failures.Add(failure);
        }

        output.WriteLine($"{mapped.Count} endpoints × {world.Callers.Count} callers = {calls.Count} requests; " +
                         $"tenants built in {built.TotalSeconds:0.0}s, matrix run in {(clock.Elapsed - built).TotalSeconds:0.0}s");
        foreach (var group in calls.GroupBy(c => c.Expected)) output.WriteLine($"  {group.Key}: {group.Count()}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls.Count} calls broke the matrix:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Hostile bodies (issue 15): every endpoint that takes a body gets, from a caller allowed to use it, an empty body, a
    /// bare null, an array, broken JSON, and its valid body with each field in turn null, of the wrong type, out of range,
    /// very long or carrying a NUL. Each must be refused as bad input or handled — never a server error.
    /// </summary>
    [Fact]
    public async Task Hostile_bodies_never_cause_a_server_error()
    {
        var world = await MatrixWorld.BuildAsync(app);
        var mapped = MatrixWorld.MappedEndpoints(app, Covered).Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var failures = new List<string>();
        var sent = 0;
        foreach (var rule in Matrix.Where(r => r.Body is not null && !r.EndsSession && !r.IsPortal && mapped.Contains(r.Key)
                     && r.Route != "/api/auth/password"))
        {
            var caller = world.Callers.FirstOrDefault(c => rule.ExpectedFor(c) is Expected.Allowed or Expected.OwnDataOnly);
            if (caller is null) continue;
            foreach (var body in HostileBodies(world.FillBody(rule.Body!)))
            {
                using var request = new HttpRequestMessage(new HttpMethod(rule.Method), world.FillRoute(rule.Route) + (rule.Query is null ? "" : "?" + world.FillBody(rule.Query)))
                    { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", "fuzz-" + Guid.NewGuid().ToString("N"));
                using var response = await caller.Api.SendAsync(request);
                sent++;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{rule.Key} as {caller.Name} with {Excerpt(body)}: {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
            }
        }
        output.WriteLine($"{sent} hostile requests");
        Assert.True(sent > 200, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile requests caused a server error:\n" + string.Join("\n", failures));
    }

    private static IEnumerable<string> HostileBodies(string valid)
    {
        yield return "";
        yield return "null";
        yield return "[]";
        yield return "{";
        yield return """{"a":}""";
        if (System.Text.Json.Nodes.JsonNode.Parse(valid) is not System.Text.Json.Nodes.JsonObject template) yield break;
        foreach (var name in template.Select(p => p.Key).ToList())
        {
            var value = template[name];
            var kind = value?.GetValueKind();
            System.Text.Json.Nodes.JsonNode?[] replacements = kind switch
            {
                System.Text.Json.JsonValueKind.Number => [null, "12", 1e30, -1e30, 0.001, -1, 2147483648],
                System.Text.Json.JsonValueKind.String => [null, 12345, true, new string('长', 5000), "a\u0000b", "", "2026-02-30", "00000000-0000-0000-0000-000000000000"],
                System.Text.Json.JsonValueKind.Array => [null, "x", new System.Text.Json.Nodes.JsonObject(), new System.Text.Json.Nodes.JsonArray(1, null, "x")],
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => [null, "yes", 1],
                _ => [null, 1, "x", new System.Text.Json.Nodes.JsonArray()],
            };
            foreach (var replacement in replacements)
            {
                var copy = template.DeepClone().AsObject();
                copy[name] = replacement?.DeepClone();
                yield return copy.ToJsonString();
            }
        }
    }

    private sealed record Call(EndpointRule Rule, MatrixCaller Caller, Expected Expected)
    {
        public bool Refused => Expected is Expected.Unauthenticated or Expected.Forbidden or Expected.NotFound;
    }

    /// <summary>Sends one request and says what is wrong with the answer, or null.</summary>
    private static async Task<string?> CheckAsync(MatrixWorld world, Call call)
    {
        var (rule, caller, expected) = call;
        string path;
        string? body = null;
        try
        {
            path = world.FillRoute(rule.Route) + (rule.Query is null ? "" : "?" + world.FillBody(rule.Query));
            // what must be refused carries a valid body (a missing check then shows as a success); what may pass carries {}
            if (rule.Method is not ("GET" or "DELETE")) body = call.Refused && rule.Body is not null ? world.FillBody(rule.Body) : "{}";
        }
        catch (InvalidOperationException e)
        {
            return $"{rule.Key}: {e.Message}";
        }

        using var request = new HttpRequestMessage(new HttpMethod(rule.Method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (rule.Method != "GET") request.Headers.Add("Idempotency-Key", "matrix-" + Guid.NewGuid().ToString("N"));
        var client = rule.IsPortal ? caller.Portal : rule.EndsSession && !call.Refused ? await caller.SignInAgain() : caller.Api;
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        // the portal answers a browser with its sign-in or denied page rather than a bare 401 or 403
        if (rule.IsPortal && status is 302 or 303 && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
            if (target.StartsWith("/login", StringComparison.OrdinalIgnoreCase)) status = 401;
            else if (target.StartsWith("/denied", StringComparison.OrdinalIgnoreCase)) status = 403;
        }

        var problem = status >= 500 ? "a server error" : expected switch
        {
            Expected.Unauthenticated when status != 401 => "expected 401",
            Expected.Forbidden when status != 403 => "expected 403",
            Expected.NotFound when status != 404 => status is >= 200 and < 300 ? "LEAK: expected 404 for tenant A's object" : "expected 404 for tenant A's object",
            Expected.OwnDataOnly when status is 401 or 403 => "expected to get past authorization",
            Expected.OwnDataOnly when status is >= 200 and < 300 && Leaked(world, text) is { } leaked => $"LEAK: shows tenant A's {leaked}",
            Expected.Allowed when status is 401 or 403 or 404 => "expected to get past authorization (not 401, 403 or 404)",
            _ => null,
        };
        return problem is null ? null
            : $"{rule.Method} {path} as {caller.Name}: {problem}, got {(int)response.StatusCode}{(status != (int)response.StatusCode ? $" (as {status})" : "")}: {Excerpt(text)}";
    }

    private static string? Leaked(MatrixWorld world, string body) =>
        world.TenantAIds.Where(id => body.Contains(id.Value, StringComparison.OrdinalIgnoreCase)).Select(id => $"{id.Key} {id.Value}").FirstOrDefault();

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }
}

public sealed class SqliteAuthorizationMatrixTests(SqliteApp app, ITestOutputHelper output) : AuthorizationMatrixTests<SqliteApp>(app, output);

public sealed class MariaDbAuthorizationMatrixTests(MariaDbApp app, ITestOutputHelper output) : AuthorizationMatrixTests<MariaDbApp>(app, output);
