using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CreditLoan.Testing.Cluster;

/// <summary>How much load, for how long; always bounded in both time and requests.</summary>
public sealed record LoadOptions(int Clients = 16, int Seconds = 30, int MaxRequests = 1_000_000, int Enterprises = 40, int Accounts = 40);

/// <summary>What the load was told succeeded: the writes that must be found exactly once afterwards.</summary>
public sealed class Acknowledged
{
    /// <summary>The load's own product: its applications are the load's.</summary>
    public Guid ProductId { get; set; }
    /// <summary>Each acknowledged application with the last status it was acknowledged in (Submitted, Accepted, Approved, Disbursed).</summary>
    public ConcurrentDictionary<Guid, string> Status { get; } = new();
    /// <summary>Idempotency-Key → the transaction the station was answered with.</summary>
    public ConcurrentDictionary<string, Guid> Postings { get; } = new();
    public ConcurrentDictionary<Guid, byte> Needs { get; } = new();
    /// <summary>Submissions whose outcome the client never learnt (an error after the request was sent).</summary>
    public int UnknownSubmissions;
}

/// <summary>One kind of request's counts and latencies.</summary>
public sealed class OperationStats
{
    private readonly List<double> _latencies = [];
    public int Requests;
    public int Succeeded;
    /// <summary>Answers the platform meant (a refusal by a rule: 4xx) — not failures.</summary>
    public int Refused;
    /// <summary>Failures a client saw: 5xx, timeouts, connections cut while the request was on its way.</summary>
    public int Errors;

    public void Add(double ms)
    {
        lock (_latencies) _latencies.Add(ms);
    }

    public double Percentile(double p)
    {
        lock (_latencies)
        {
            if (_latencies.Count == 0) return 0;
            var sorted = _latencies.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }

    public IReadOnlyList<double> Latencies { get { lock (_latencies) return _latencies.ToList(); } }
}

public sealed class LoadReport
{
    public Dictionary<string, OperationStats> Operations { get; } = new();
    public double Seconds { get; set; }
    public int Rerouted;
    public int Requests => Operations.Values.Sum(o => o.Requests);
    public int Errors => Operations.Values.Sum(o => o.Errors);
    public double Throughput => Requests / Math.Max(Seconds, 0.001);
    /// <summary>When clients saw failures (seconds since the start), for the failover windows.</summary>
    public ConcurrentBag<double> ErrorTimes { get; } = new();

    /// <summary>What the failures were: the status and the problem's title, or the exception.</summary>
    public ConcurrentDictionary<string, int> ErrorKinds { get; } = new();

    public double Percentile(double p)
    {
        var all = Operations.Values.SelectMany(o => o.Latencies).Order().ToList();
        return all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
    }

    public string Summary() =>
        $"{Requests:N0} requests in {Seconds:F1} s = {Throughput:N0}/s, p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, " +
        $"errors seen by clients {Errors}, rerouted {Rerouted}; " +
        string.Join("; ", Operations.OrderBy(o => o.Key).Select(o =>
            $"{o.Key} {o.Value.Requests} (ok {o.Value.Succeeded}, refused {o.Value.Refused}, errors {o.Value.Errors}, p50 {o.Value.Percentile(0.5):F1}, p99 {o.Value.Percentile(0.99):F1})"));
}

/// <summary>
/// A realistic mix against one or more instances (loopback only), as a county's users would make it: product browsing,
/// matching, needs, applications, the bank's decisions (accept → approve → disburse), and station postings with
/// Idempotency-Keys that the counter sends again until it is answered. Clients spread over the instances like a load
/// balancer would: a connection refused goes to the next instance (nothing was sent); anything else is an error the
/// client saw. What was acknowledged is recorded for the checks afterwards.
/// </summary>
public sealed class MixedLoad
{
    private readonly Uri[] _instances;
    private readonly HttpClient _http;
    private readonly LoadOptions _options;
    private string _admin = "", _officer = "", _agent = "";
    private Guid _productId, _stationId;
    private readonly List<(Guid Id, string Token)> _enterprises = [];
    private readonly List<string> _accounts = [];
    private readonly ConcurrentQueue<Guid> _submitted = new(), _accepted = new(), _approved = new();
    private readonly ConcurrentBag<(Guid Need, string Token)> _needs = [];
    private readonly Stopwatch _clock = new();

    public MixedLoad(IEnumerable<Uri> instances, LoadOptions options)
    {
        _instances = instances.ToArray();
        if (_instances.Length == 0 || _instances.Any(u => !u.IsLoopback)) throw new ArgumentException("Load only goes to loopback addresses.");
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients * 2, ConnectTimeout = TimeSpan.FromSeconds(2) })
            { Timeout = TimeSpan.FromSeconds(15) };
    }

    public Acknowledged Acks { get; } = new();
    public LoadReport Report { get; } = new();
    public string AdminToken => _admin;
    public Guid StationId => _stationId;
    public string OfficerToken => _officer;

    private static readonly (string Name, int Weight)[] Mix =
        [("browse", 25), ("matches", 15), ("need", 5), ("apply", 10), ("decide", 15), ("station", 30)];

    /// <summary>A bank with an officer and a broad product, enterprises with needs, a station with an agent, accounts and cash.</summary>
    public async Task SetUpAsync(string adminPassword)
    {
        _admin = await TokenAsync("admin", adminPassword);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var bank = await SendJsonAsync(_admin, HttpMethod.Post, "api/banks", new { name = "压测银行" + tag, creditCode = TestData.CreditCode() });
        await SendJsonAsync(_admin, HttpMethod.Post, $"api/banks/{bank["id"]}/users", new { userName = "lo" + tag, password = "load-Officer-1", displayName = "压测" });
        _officer = await TokenAsync("lo" + tag, "load-Officer-1");
        var product = await SendJsonAsync(_officer, HttpMethod.Post, "api/products", new
        {
            name = "压测贷" + tag, category = "Credit", minAmount = 10_000m, maxAmount = 500_000m, minTermMonths = 6, maxTermMonths = 36, minAnnualRate = 3.85m,
            maxAnnualRate = 6.5m, repaymentMethods = new[] { "EqualInstallment" }, industries = Array.Empty<string>(), divisions = Array.Empty<string>(),
            minGrade = "D", minYearsInBusiness = 0, enterpriseTypes = Array.Empty<string>(), collateralRequired = false, requiredMaterials = new[] { "营业执照" },
        });
        _productId = Guid.Parse((string)product["id"]!);
        Acks.ProductId = _productId;
        await SendJsonAsync(_officer, HttpMethod.Post, $"api/products/{_productId}/publish", null);
        await SendJsonAsync(_officer, HttpMethod.Put, $"api/banks/{bank["id"]}/settings",
            new { makerCheckerThreshold = (decimal?)null, withdrawalLimitPerDay = 1_000_000m, withdrawalLimitPerTransaction = 100_000m, commissions = new { } });

        var codes = Enumerable.Range(0, _options.Enterprises).Select(_ => TestData.CreditCode()).ToList();
        var csv = TestData.RegistryHeader + "\n" + string.Join("\n", codes.Select(c => TestData.RegistryRow(c))) + "\n";
        using (var import = new HttpRequestMessage(HttpMethod.Post, Url("api/credit/imports?dataset=registry&batchId=load-" + tag)) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") })
        {
            import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _admin);
            (await _http.SendAsync(import)).EnsureSuccessStatusCode();
        }
        for (var i = 0; i < codes.Count; i++)
        {
            var user = $"le{tag}{i}";
            var e = await SendJsonAsync(null, HttpMethod.Post, "api/enterprises/register", new { creditCode = codes[i], phone = "13812345678", userName = user, password = "load-Ent-123" });
            var token = await TokenAsync(user, "load-Ent-123");
            _enterprises.Add((Guid.Parse((string)e["id"]!), token));
            var need = await SendJsonAsync(token, HttpMethod.Post, "api/needs", new { amount = 100_000m, termMonths = 12, purpose = "扩大养殖", collateral = "None" });
            _needs.Add((Guid.Parse((string)need["id"]!), token));
        }

        var station = await SendJsonAsync(_admin, HttpMethod.Post, "api/stations",
            new { name = "压测服务站" + tag, villageCode = "130682101200", partnerBankId = bank["id"]!.GetValue<string>(), cashFloatLimit = 100_000_000m });
        _stationId = Guid.Parse((string)station["id"]!);
        await SendJsonAsync(_admin, HttpMethod.Post, $"api/stations/{_stationId}/users", new { userName = "la" + tag, password = "load-Agent-1", displayName = "代办员" });
        _agent = await TokenAsync("la" + tag, "load-Agent-1");
        for (var i = 0; i < _options.Accounts; i++)
        {
            var account = await SendJsonAsync(_officer, HttpMethod.Post, $"api/banks/{bank["id"]}/accounts",
                new { holderName = "村民" + i, idNumber = "11010519491231002X", openingBalance = 100_000m });
            _accounts.Add((string)account["accountNo"]!);
        }
        await PostStationAsync("cash/replenish", new { amount = 1_000_000m }, Guid.NewGuid().ToString("N"), record: false);
    }

    /// <summary>Runs the mix until the time or the request budget is spent.</summary>
    public async Task RunAsync(CancellationToken stop = default)
    {
        foreach (var (name, _) in Mix) Report.Operations[name] = new OperationStats();
        var total = Mix.Sum(m => m.Weight);
        var budget = _options.MaxRequests;
        _clock.Restart();
        var deadline = TimeSpan.FromSeconds(_options.Seconds);
        await Task.WhenAll(Enumerable.Range(0, _options.Clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client * 7919 + 17);
            while (_clock.Elapsed < deadline && !stop.IsCancellationRequested && Interlocked.Decrement(ref budget) >= 0)
            {
                var pick = random.Next(total);
                var op = Mix.First(m => (pick -= m.Weight) < 0).Name;
                await (op switch
                {
                    "browse" => BrowseAsync(client),
                    "matches" => MatchesAsync(client, random),
                    "need" => NeedAsync(client, random),
                    "apply" => ApplyAsync(client, random),
                    "decide" => DecideAsync(client),
                    _ => StationAsync(client, random),
                });
            }
        }, stop)));
        Report.Seconds = _clock.Elapsed.TotalSeconds;
    }

    private Task BrowseAsync(int client) => TimedAsync("browse", client, null, HttpMethod.Get, "api/products?pageSize=20", null);

    private Task MatchesAsync(int client, Random random)
    {
        var needs = _needs.ToArray();
        var (need, token) = needs[random.Next(needs.Length)];
        return TimedAsync("matches", client, token, HttpMethod.Get, $"api/needs/{need}/matches", null);
    }

    private async Task NeedAsync(int client, Random random)
    {
        var (_, token) = _enterprises[random.Next(_enterprises.Count)];
        var (status, body) = await TimedAsync("need", client, token, HttpMethod.Post, "api/needs",
            new { amount = 10_000m * random.Next(1, 50), termMonths = 12, purpose = "购买农资", collateral = "None" });
        if (status == HttpStatusCode.Created) Acks.Needs[Guid.Parse((string)body!["id"]!)] = 0;
    }

    private async Task ApplyAsync(int client, Random random)
    {
        var (_, token) = _enterprises[random.Next(_enterprises.Count)];
        var (status, body) = await TimedAsync("apply", client, token, HttpMethod.Post, "api/applications",
            new { productId = _productId, amount = 10_000m * random.Next(1, 50), termMonths = 12 });
        if (status == HttpStatusCode.Created)
        {
            var id = Guid.Parse((string)body!["id"]!);
            Acks.Status[id] = "Submitted";
            _submitted.Enqueue(id);
        }
        else if (status is null || (int)status >= 500) Interlocked.Increment(ref Acks.UnknownSubmissions);
    }

    private async Task DecideAsync(int client)
    {
        string step;
        Guid id;
        object? body = null;
        if (_approved.TryDequeue(out id)) (step, body) = ("disburse", new { amount = 10_000m, disbursedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") });
        else if (_accepted.TryDequeue(out id)) (step, body) = ("approve", new { amount = 10_000m, annualRate = 4.35m, termMonths = 12, repaymentMethod = "EqualInstallment" });
        else if (_submitted.TryDequeue(out id)) step = "accept";
        else
        {
            await BrowseAsync(client);
            return;
        }
        var (status, _) = await TimedAsync("decide", client, _officer, HttpMethod.Post, $"api/applications/{id}/{step}", body);
        if (status != HttpStatusCode.OK) return;   // unknown or refused: the checks only hold the platform to what it acknowledged
        switch (step)
        {
            case "accept": Acks.Status[id] = "Accepted"; _accepted.Enqueue(id); break;
            case "approve": Acks.Status[id] = "Approved"; _approved.Enqueue(id); break;
            default: Acks.Status[id] = "Disbursed"; break;
        }
    }

    private Task StationAsync(int client, Random random)
    {
        var account = _accounts[random.Next(_accounts.Count)];
        var deposit = random.Next(3) > 0;
        var body = new { type = deposit ? "CashDeposit" : "CashWithdrawal", accountNo = account, amount = deposit ? random.Next(1, 500) : 10 * random.Next(1, 5) };
        return PostStationAsync("transactions", body, Guid.NewGuid().ToString("N"), record: true, client);
    }

    /// <summary>A counter posting: the same key is sent again after any failure until the platform answers it (or time runs out).</summary>
    private async Task PostStationAsync(string path, object body, string key, bool record, int client = 0)
    {
        var stats = record ? Report.Operations["station"] : null;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var (status, answer) = await SendAsync(stats, client, _agent, HttpMethod.Post, $"api/stations/{_stationId}/{path}", body, key);
            if (status == HttpStatusCode.Created)
            {
                if (record) Acks.Postings[key] = Guid.Parse((string)answer!["id"]!);
                return;
            }
            if (status is { } s && (int)s < 500) return;   // refused by a rule, and remembered under its key
            await Task.Delay(250);
            if (!record && attempt > 20) throw new InvalidOperationException("The station's cash could not be replenished.");
        }
    }

    private Task<(HttpStatusCode?, JsonObject?)> TimedAsync(string op, int client, string? token, HttpMethod method, string path, object? body) =>
        SendAsync(Report.Operations[op], client, token, method, path, body, null);

    /// <summary>One request; null status when no answer came (timeout, connection cut).</summary>
    private async Task<(HttpStatusCode?, JsonObject?)> SendAsync(OperationStats? stats, int client, string? token, HttpMethod method, string path,
        object? body, string? key)
    {
        if (stats is not null) Interlocked.Increment(ref stats.Requests);
        var started = Stopwatch.GetTimestamp();
        for (var hop = 0; hop < _instances.Length; hop++)
        {
            var instance = _instances[(client + hop) % _instances.Length];
            using var request = new HttpRequestMessage(method, new Uri(instance, path));
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (key is not null) request.Headers.Add("Idempotency-Key", key);
            if (body is not null) request.Content = JsonContent.Create(body);
            try
            {
                using var response = await _http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (stats is not null)
                {
                    stats.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.IsSuccessStatusCode) Interlocked.Increment(ref stats.Succeeded);
                    else if ((int)response.StatusCode < 500) Interlocked.Increment(ref stats.Refused);
                    else Failed(stats, $"{(int)response.StatusCode} {method} {Shape(path)}: {Detail(text)}");
                }
                JsonObject? json = null;
                if (text.StartsWith('{')) json = JsonNode.Parse(text)!.AsObject();
                return (response.StatusCode, json);
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } && hop < _instances.Length - 1)
            {
                Interlocked.Increment(ref Report.Rerouted);   // that instance is down: nothing was sent, the balancer tries the next
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                if (stats is not null) Failed(stats, $"no answer {method} {Shape(path)}: {e.GetBaseException().Message}");
                return (null, null);
            }
        }
        if (stats is not null) Failed(stats, $"no instance reachable {method} {Shape(path)}");
        return (null, null);
    }

    private void Failed(OperationStats stats, string kind)
    {
        Interlocked.Increment(ref stats.Errors);
        Report.ErrorTimes.Add(_clock.Elapsed.TotalSeconds);
        Report.ErrorKinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    private static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0], "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");

    private static string Detail(string body)
    {
        try
        {
            var problem = JsonNode.Parse(body);
            return (string?)problem?["detail"] ?? (string?)problem?["title"] ?? body[..Math.Min(body.Length, 120)];
        }
        catch (System.Text.Json.JsonException)
        {
            return body[..Math.Min(body.Length, 120)];
        }
    }

    private Uri Url(string path) => new(_instances[0], path);

    private async Task<string> TokenAsync(string user, string password)
    {
        var token = await SendJsonAsync(null, HttpMethod.Post, "api/auth/token", new { userName = user, password });
        return (string)token["accessToken"]!;
    }

    /// <summary>A set-up request: it must succeed (on any instance).</summary>
    public async Task<JsonObject> SendJsonAsync(string? token, HttpMethod method, string path, object? body)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (status, json) = await SendAsync(null, attempt, token, method, path, body, null);
            if (status is { } s && (int)s < 300) return json ?? new JsonObject();
            if (attempt >= 10 || status is { } refused && (int)refused < 500)
                throw new InvalidOperationException($"{method} {path} answered {(status is null ? "nothing" : ((int)status).ToString())}: {json?.ToJsonString()}");
            await Task.Delay(500);
        }
    }
}
