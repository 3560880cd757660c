using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests.Matrix;

/// <summary>
/// Two tenants of every kind built through the API, and the eight callers of the matrix: anonymous, the bureau, and the
/// bank officer, enterprise and station agent of each tenant. Tenant A's objects fill the routes.
/// </summary>
public sealed partial class MatrixWorld
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false, HandleCookies = true };

    /// <summary>Which of tenant A's objects a route parameter names: "resource/{param}" first, then "{param}" alone.</summary>
    private static readonly Dictionary<string, string> RouteValues = new()
    {
        ["banks/{id}"] = "bankA",
        ["stations/{id}"] = "stationA",
        ["enterprises/{id}"] = "enterpriseA",
        ["products/{id}"] = "productA",
        ["needs/{id}"] = "needA",
        ["applications/{id}"] = "applicationA",
        ["loans/{id}"] = "loanA",
        ["consents/{id}"] = "consentA",
        ["notices/{id}"] = "notice",
        ["users/{id}"] = "userA",
        ["messages/{id}"] = "messageA",
        ["billers/{id}"] = "billerA",
        ["{date}"] = "today",
        ["cases/{id}"] = "caseA",
        ["{changeId}"] = "changeA",
        ["{txId}"] = "txA",
        ["{authId}"] = "authorisationA",
        ["{productId}"] = "productA",
        ["{needId}"] = "needA",
        ["{stationId}"] = "stationA",
        ["{year}"] = "year",
        ["{code}"] = "division",
        ["{dataset}"] = "dataset",
    };

    private readonly Dictionary<string, string> _values;

    private MatrixWorld(Dictionary<string, string> tenantA, Dictionary<string, string> shared, IReadOnlyList<MatrixCaller> callers)
    {
        TenantAIds = tenantA;
        _values = tenantA.Concat(shared).ToDictionary();
        Callers = callers;
    }

    public IReadOnlyList<MatrixCaller> Callers { get; }

    /// <summary>Tenant A's ids and codes ("needA", …), which tenant B must never see.</summary>
    public IReadOnlyDictionary<string, string> TenantAIds { get; }

    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    /// <summary>Every endpoint the app maps under the given path prefixes, as "METHOD /route/{param}".</summary>
    public static IReadOnlyList<(string Method, string Route)> MappedEndpoints(CreditLoanApp app, params string[] prefixes) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [], Route: Normalize(e.RoutePattern)))
            .Where(e => prefixes.Any(p => e.Route.StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(e => e.Methods.Select(m => (Method: m, e.Route)))
            .Distinct().OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();

    /// <summary>The route without constraints or a trailing slash: "/api/needs/{id:guid}/" becomes "/api/needs/{id}".</summary>
    private static string Normalize(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternParameterPart q => "{" + q.Name + "}",
            RoutePatternSeparatorPart sep => sep.Content,
            _ => "",
        })))).TrimEnd('/') is { Length: > 0 } route ? route : "/";

    public string FillRoute(string route)
    {
        var segments = route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var name = (i > 0 && RouteValues.TryGetValue($"{segments[i - 1]}/{segments[i]}", out var scoped) ? scoped : null)
                       ?? RouteValues.GetValueOrDefault(segments[i])
                       ?? throw new InvalidOperationException($"No object fills {segments[i]} in {route}: add one to MatrixWorld.RouteValues.");
            segments[i] = _values[name];
        }
        return string.Join('/', segments);
    }

    /// <summary>Replaces $name with tenant A's value; $newCreditCode and $newUserName are fresh on each use.</summary>
    public string FillBody(string template) => Placeholder().Replace(template, m => m.Groups[1].Value switch
    {
        "newCreditCode" => TestData.CreditCode(),
        "newUserName" => TestData.UserName("mx"),
        var name => _values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No value for ${name}."),
    });

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Placeholder();

    public static async Task<MatrixWorld> BuildAsync(CreditLoanApp app)
    {
        var bureau = await app.BureauAsync();
        var a = await BuildTenantAsync(app, bureau, "甲", disburse: true);
        var b = await BuildTenantAsync(app, bureau, "乙", disburse: false);
        var notice = await (await bureau.PostAsJsonAsync("/api/notices", new { text = "矩阵测试通知" })).ReadJsonAsync(HttpStatusCode.Created);

        var tenantA = a.Ids.ToDictionary(kv => kv.Key + "A", kv => kv.Value);
        var shared = new Dictionary<string, string> { ["notice"] = (string)notice["id"]!, ["today"] = Today, ["year"] = Today[..4], ["division"] = "130682101", ["dataset"] = "registry" };
        var anonymous = app.CreateClient(NoRedirects);
        MatrixCaller[] callers =
        [
            new("anonymous", Role.None, Tenant.None, anonymous, anonymous, () => Task.FromResult(anonymous)),
            await CallerAsync(app, "bureau", Role.Bureau, Tenant.None, CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword),
            await CallerAsync(app, "bank A administrator", Role.Bank, Tenant.A, a.OfficerUserName, Scenarios.Password),
            await CallerAsync(app, "bank B administrator", Role.Bank, Tenant.B, b.OfficerUserName, Scenarios.Password),
            await CallerAsync(app, "enterprise A", Role.Enterprise, Tenant.A, a.EnterpriseUserName, Scenarios.Password),
            await CallerAsync(app, "enterprise B", Role.Enterprise, Tenant.B, b.EnterpriseUserName, Scenarios.Password),
            await CallerAsync(app, "agent of station A", Role.Agent, Tenant.A, a.AgentUserName, Scenarios.Password),
            await CallerAsync(app, "agent of station B", Role.Agent, Tenant.B, b.AgentUserName, Scenarios.Password),
        ];
        return new MatrixWorld(tenantA, shared, callers);
    }

    private sealed record TenantSetup(Dictionary<string, string> Ids, string OfficerUserName, string EnterpriseUserName, string AgentUserName);

    /// <summary>
    /// A bank with an officer, a published product and a customer account; its partner station with an agent and a
    /// posted deposit; an enterprise that authorised the station, whose agent posted its need and its application to the
    /// bank's product (so the agent is a party too); the consent that applying granted; optionally the disbursed loan.
    /// </summary>
    private static async Task<TenantSetup> BuildTenantAsync(CreditLoanApp app, HttpClient bureau, string label, bool disburse)
    {
        var bank = await app.NewBankAsync($"矩阵{label}银行");
        // the matrix's bank caller is a second administrator of the bank (what an officer may do, an administrator may too),
        // so that it can confirm the change the first administrator proposes below
        var officerUserName = TestData.UserName("mxofficer");
        await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = officerUserName, password = Scenarios.Password, displayName = $"管理员{label}", role = "BankAdmin" })).ReadJsonAsync(HttpStatusCode.Created);
        // an officer's account for the account endpoints to act on (not a caller: disabling it cuts no caller off)
        var managed = await (await bureau.PostAsJsonAsync($"/api/banks/{bank.BankId}/users",
            new { userName = TestData.UserName("mxmanaged"), password = Scenarios.Password, displayName = $"信贷员{label}" })).ReadJsonAsync(HttpStatusCode.Created);
        // a change that weakens a control, waiting for a second administrator
        var change = await (await bank.Officer.PutAsJsonAsync($"/api/banks/{bank.BankId}/settings",
            new { withdrawalLimitPerDay = 2500m, withdrawalLimitPerTransaction = 2000m, commissions = new Dictionary<string, decimal>() }))
            .ReadJsonAsync(HttpStatusCode.Accepted);
        var product = await bank.Officer.CreateProductAsync(p => p["name"] = $"矩阵贷{label}");
        var account = await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = $"王{label}", idNumber = "11010519491231002X", openingBalance = 500m })).ReadJsonAsync(HttpStatusCode.Created);
        var station = await app.NewStationAsync(bank.BankId, $"矩阵{label}服务站");
        var biller = await (await bank.Officer.PostAsJsonAsync("/api/billers", new { name = $"矩阵{label}水厂", category = "Water" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var enterprise = await app.NewEnterpriseAsync();

        await (await enterprise.Client.PostAsJsonAsync("/api/enterprises/me/delegations", new { stationId = station.StationId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var need = await (await station.Agent.PostAsJsonAsync("/api/needs",
                new { amount = 120_000m, termMonths = 12, purpose = "购买饲料", collateral = "None", enterpriseId = enterprise.EnterpriseId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var application = await (await station.Agent.PostAsJsonAsync("/api/applications",
                new { productId = (string)product["id"]!, needId = (string)need["id"]!, amount = 120_000m, termMonths = 12, enterpriseId = enterprise.EnterpriseId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var applicationPath = $"/api/applications/{application["id"]}";
        // a case the agent lodged for the enterprise's person about the application, assigned to the bank: the enterprise concerned,
        // the station that lodged it and the bank that must answer all see it
        var @case = await (await station.Agent.PostAsJsonAsync("/api/cases", new
        {
            subjectType = "Application", subjectId = (string)application["id"]!, description = $"矩阵{label}诉求", onBehalfOf = new { name = "王五", phone = "13912345678" },
        })).ReadJsonAsync(HttpStatusCode.Created);
        await (await bureau.PostAsJsonAsync($"/api/cases/{@case["id"]}/triage", new { tier = "Ordinary", cause = "Other", assignTo = "Bank" }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var ids = new Dictionary<string, string>
        {
            ["bank"] = bank.BankId.ToString(),
            ["product"] = (string)product["id"]!,
            ["account"] = (string)account["accountNo"]!,
            ["station"] = station.StationId.ToString(),
            ["enterprise"] = enterprise.EnterpriseId.ToString(),
            ["enterpriseCode"] = enterprise.CreditCode,
            ["need"] = (string)need["id"]!,
            ["application"] = (string)application["id"]!,
            ["user"] = (string)managed["id"]!,
            ["change"] = (string)change["changeId"]!,
            ["biller"] = (string)biller["id"]!,
            ["case"] = (string)@case["id"]!,
        };
        if (disburse)
        {
            await (await bank.Officer.PostAsync($"{applicationPath}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
            await (await bank.Officer.PostAsJsonAsync($"{applicationPath}/approve",
                new { amount = 100_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" })).ReadJsonAsync(HttpStatusCode.OK);
            var disbursed = await (await bank.Officer.PostAsJsonAsync($"{applicationPath}/disburse", new { amount = 100_000m, disbursedOn = Today }))
                .ReadJsonAsync(HttpStatusCode.OK);
            ids["loan"] = (string)disbursed["loanId"]!;
        }
        var consents = await (await enterprise.Client.GetAsync("/api/consents")).ReadJsonAsync(HttpStatusCode.OK);
        ids["consent"] = (string)consents["items"]!.AsArray().Single()!["id"]!;
        // the decisions above are messages in the enterprise's message centre (站内信)
        var messages = await (await enterprise.Client.GetAsync("/api/messages")).ReadJsonAsync(HttpStatusCode.OK);
        if (messages["items"]!.AsArray().FirstOrDefault() is { } message) ids["message"] = (string)message["id"]!;

        using var deposit = new HttpRequestMessage(HttpMethod.Post, $"/api/stations/{station.StationId}/transactions")
        {
            Content = JsonContent.Create(new { type = "CashDeposit", accountNo = ids["account"], amount = 100m }),
        };
        deposit.Headers.Add("Idempotency-Key", $"matrix-{label}-deposit");
        ids["tx"] = (string)(await (await station.Agent.SendAsync(deposit)).ReadJsonAsync(HttpStatusCode.Created))["id"]!;

        // a villager without an account, registered by the station's agent with the signed paper (帮办代办)
        var villagerCode = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(villagerCode, name: $"矩阵{label}养殖场", type: "IndividualBusiness"));
        using var paper = new MultipartFormDataContent
        {
            { new StringContent(villagerCode), "creditCode" }, { new StringContent("13912345678"), "phone" },
            { new StringContent($"王{label}"), "principalName" }, { new StringContent("11010519491231002X"), "principalIdNumber" },
            { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]), "file", "授权委托书.jpg" },
        };
        ids["authorisation"] = (string)(await (await station.Agent.PostAsync($"/api/stations/{station.StationId}/assisted-registrations", paper))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!;

        return new TenantSetup(ids, officerUserName, enterprise.UserName, station.AgentUserName);
    }

    /// <summary>A caller with a bearer token for the API and a signed-in portal cookie for the portal's pages and downloads.</summary>
    private static async Task<MatrixCaller> CallerAsync(CreditLoanApp app, string name, Role role, Tenant tenant, string userName, string password)
    {
        var api = app.CreateClient(NoRedirects);
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName, password })).ReadJsonAsync(HttpStatusCode.OK);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var portal = app.CreateClient(NoRedirects);
        await PortalSignInAsync(portal, userName, password);
        return new MatrixCaller(name, role, tenant, api, portal, async () =>
        {
            var again = app.CreateClient(NoRedirects);
            var second = await (await again.PostAsJsonAsync("/api/auth/token", new { userName, password })).ReadJsonAsync(HttpStatusCode.OK);
            again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)second["accessToken"]!);
            return again;
        });
    }

    /// <summary>Signs in through the portal's login form, as a browser does: its antiforgery token, then the form post.</summary>
    internal static async Task PortalSignInAsync(HttpClient portal, string userName, string password)
    {
        var page = await portal.GetStringAsync("/login");
        var token = AntiforgeryInput().Match(page) is { Success: true } input && InputValue().Match(input.Value) is { Success: true } value
            ? WebUtility.HtmlDecode(value.Groups[1].Value)
            : throw new InvalidOperationException("The login page has no antiforgery token.");
        using var response = await portal.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if ((int)response.StatusCode is not (302 or 303))
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Portal sign-in of {userName} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex InputValue();
}
