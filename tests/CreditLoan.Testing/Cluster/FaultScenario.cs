using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CreditLoan.Testing.Cluster;

public sealed record FaultOptions(int Seconds = 60, int Clients = 12, int MaxRequests = 2_000_000, int Enterprises = 40, int Accounts = 40);

/// <summary>One failure and what clients saw of it.</summary>
public sealed record FaultEvent(string What, double At, double? RecoveredAfter, int ErrorsSeen)
{
    public string Line => $"{What} at {At:F1} s: {ErrorsSeen} error(s) seen by clients" +
                          (RecoveredAfter is { } r ? $", last one {r:F1} s after it" : "");
}

public sealed class FaultResult
{
    public LoadReport Load { get; init; } = new();
    public List<string> Violations { get; } = [];
    public List<FaultEvent> Events { get; } = [];
    public double JobsTakeoverSeconds { get; set; }
    public string JobsRunBy { get; set; } = "";
    public double NodeRejoinSeconds { get; set; }
    public double AppRestartSeconds { get; set; }
    public int Acknowledged { get; set; }
    public int NoticeRecipients { get; set; }
    public double NoticeDeliveredSeconds { get; set; }
    public string ClusterStatus { get; set; } = "";

    public string Markdown() => $"""
        | figure | value |
        |---|---|
        | load | {Load.Summary()} |
        | acknowledged writes checked | {Acknowledged:N0} |
        {string.Join("\n", Events.Select(e => $"| {e.What} | {e.Line} |"))}
        | background jobs taken over by the survivor | {JobsTakeoverSeconds:F1} s after the SIGKILL ({JobsRunBy}) |
        | killed node back in sync | {NodeRejoinSeconds:F1} s (IST from the other nodes) |
        | killed instance serving again | {AppRestartSeconds:F1} s |
        | notice after the failures delivered by the jobs' instance | {NoticeRecipients} recipient(s) in {NoticeDeliveredSeconds:F1} s |
        | cluster at the end | {ClusterStatus.Replace("\n", "; ").Trim()} |
        | what clients saw | {(Load.ErrorKinds.IsEmpty ? "no errors" : string.Join("; ", Load.ErrorKinds.OrderByDescending(k => k.Value).Take(8).Select(k => $"{k.Value} × {k.Key}")))} |
        | violations | {(Violations.Count == 0 ? "none" : string.Join("; ", Violations.Take(20)))} |
        """;
}

/// <summary>
/// The fault test of issue 8: a 3-node Galera cluster and two instances under the mixed load; one node is killed, then
/// the instance running the background jobs (SIGKILL), then both come back. Afterwards the invariants are checked, the
/// jobs must run on the survivor, and a notice sent after the failures must be delivered.
/// </summary>
public static class FaultScenario
{
    public const string AdminPassword = "fault-Chief-2026";

    public static async Task<FaultResult> RunAsync(FaultOptions o, Action<string> log)
    {
        await using var cluster = await GaleraCluster.StartAsync();
        log($"cluster up on port {cluster.Port}");
        var settings = Settings(cluster.ConnectionString);
        await using var app1 = new AppInstance("app1", settings);
        await using var app2 = new AppInstance("app2", settings);
        await app1.StartAsync();   // migrates first
        await app2.StartAsync();
        log("two instances up");

        var load = new MixedLoad([app1.BaseAddress, app2.BaseAddress], new LoadOptions(o.Clients, o.Seconds, o.MaxRequests, o.Enterprises, o.Accounts));
        await load.SetUpAsync(AdminPassword);
        var result = new FaultResult { Load = load.Report };
        var clock = Stopwatch.StartNew();
        var running = load.RunAsync();
        double Now() => clock.Elapsed.TotalSeconds;
        async Task Until(double fraction)
        {
            var wait = TimeSpan.FromSeconds(o.Seconds * fraction) - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
        }

        await Until(0.15);
        var nodeKilledAt = Now();
        await cluster.KillAsync(1);   // the node every instance writes to (the first of the list while it is ready)
        log($"node 1 killed at {nodeKilledAt:F1} s");

        await Until(0.3);
        var leader = await RunsJobsAsync(app1, load.AdminToken) ? app1 : app2;
        var survivor = leader == app1 ? app2 : app1;
        var appKilledAt = Now();
        leader.Kill();
        log($"{leader.Name} (running the jobs) killed at {appKilledAt:F1} s");
        var takingOver = Task.Run(async () =>
        {
            var takeover = Stopwatch.StartNew();
            while (!await RunsJobsAsync(survivor, load.AdminToken))
            {
                if (takeover.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{survivor.Name} never took the jobs over: {survivor.Log}");
                await Task.Delay(200);
            }
            result.JobsTakeoverSeconds = takeover.Elapsed.TotalSeconds;
            log($"{survivor.Name} runs the jobs {result.JobsTakeoverSeconds:F1} s after the kill");
        });

        // both come back while the load goes on
        await Until(0.45);
        var nodeBackAt = Now();
        var rejoining = Task.Run(async () =>
        {
            var rejoin = Stopwatch.StartNew();
            await cluster.RestartAsync(1);
            result.NodeRejoinSeconds = rejoin.Elapsed.TotalSeconds;
            log($"node 1 synced again after {result.NodeRejoinSeconds:F1} s");
        });
        await Until(0.6);
        await takingOver;   // the killed instance comes back only after the survivor has the jobs (else it might take them back first)
        var appBackAt = Now();
        var restarting = Task.Run(async () =>
        {
            var restart = Stopwatch.StartNew();
            await leader.StartAsync();
            result.AppRestartSeconds = restart.Elapsed.TotalSeconds;
            log($"{leader.Name} serving again after {result.AppRestartSeconds:F1} s");
        });

        await running;
        await takingOver;
        await rejoining;
        await restarting;
        var end = Now();
        log("load finished: " + load.Report.Summary());
        var errors = load.Report.ErrorTimes.ToArray();
        FaultEvent Window(string what, double from, double to)
        {
            var inside = errors.Where(t => t >= from && t < to).ToList();
            return new FaultEvent(what, from, inside.Count == 0 ? null : inside.Max() - from, inside.Count);
        }
        result.Events.Add(Window("node 1 killed (SIGKILL)", nodeKilledAt, appKilledAt));
        result.Events.Add(Window($"{leader.Name} killed (SIGKILL)", appKilledAt, nodeBackAt));
        result.Events.Add(Window("node 1 restarted", nodeBackAt, appBackAt));
        result.Events.Add(Window($"{leader.Name} restarted", appBackAt, end + 1));

        // the jobs run where the lease says, and deliver what is queued after the failures
        result.JobsRunBy = await RunsJobsAsync(survivor, load.AdminToken) ? survivor.Name : await RunsJobsAsync(leader, load.AdminToken) ? leader.Name : "nobody";
        if (result.JobsRunBy == "nobody") result.Violations.Add("no instance runs the background jobs after the failures");
        var notice = await load.SendJsonAsync(load.AdminToken, HttpMethod.Post, "api/notices", new { text = "故障演练后的通知：请核对贷款信息" });
        result.NoticeRecipients = (int)notice["recipients"]!;
        var delivery = Stopwatch.StartNew();
        while (true)
        {
            var state = await load.SendJsonAsync(load.AdminToken, HttpMethod.Get, $"api/notices/{notice["id"]}", null);
            if ((int)state["delivered"]! == result.NoticeRecipients) break;
            if (delivery.Elapsed > TimeSpan.FromSeconds(60))
            {
                result.Violations.Add($"the notice was not delivered within 60 s: {state.ToJsonString()}");
                break;
            }
            await Task.Delay(250);
        }
        result.NoticeDeliveredSeconds = delivery.Elapsed.TotalSeconds;

        result.Acknowledged = load.Acks.Status.Count + load.Acks.Postings.Count + load.Acks.Needs.Count;
        result.Violations.AddRange(await Invariants.CheckAsync(cluster.NodeConnectionString(2), load.Acks, survivor.BaseAddress, load.AdminToken));
        result.Violations.AddRange(await SameOnEveryNodeAsync(cluster));
        result.ClusterStatus = await cluster.StatusAsync();
        if (Environment.GetEnvironmentVariable("FAULT_LOGS") is { Length: > 0 } logs)
        {
            System.IO.Directory.CreateDirectory(logs);
            await File.WriteAllTextAsync(Path.Combine(logs, "app1.log"), app1.Log);
            await File.WriteAllTextAsync(Path.Combine(logs, "app2.log"), app2.Log);
            await File.WriteAllLinesAsync(Path.Combine(logs, "acks.tsv"), load.Acks.Status.Select(a => $"{a.Key}\t{a.Value}"));
            foreach (var n in new[] { 1, 2, 3 })
            {
                var err = Path.Combine(cluster.Directory, $"node{n}", "mysqld.err");
                if (File.Exists(err)) File.Copy(err, Path.Combine(logs, $"node{n}.err"), overwrite: true);
                var general = Path.Combine(cluster.Directory, $"node{n}", "general.log");
                if (File.Exists(general)) File.Copy(general, Path.Combine(logs, $"node{n}.general.log"), overwrite: true);
            }
        }
        return result;
    }

    /// <summary>
    /// The settings every instance shares: the cluster, the signing key and the Data Protection certificate (as an operator
    /// gives every instance of a cluster the same ones, docs/operations.md), the admin, fast lease hand-over.
    /// </summary>
    public static Dictionary<string, string> Settings(string connectionString) => new()
    {
        ["Database__Provider"] = "MySql",
        ["ConnectionStrings__Default"] = connectionString,
        ["Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        ["DataProtection__CertificatePath"] = CreditLoanApp.SharedKeyEncryptionCertificate,
        ["Bootstrap__AdminPassword"] = AdminPassword,
        ["Outbox__Enabled"] = "true",
        ["Outbox__PollIntervalSeconds"] = "1",
        // the load's hundreds of users all come from 127.0.0.1: the per-address limits (sign-in, registration) are for
        // real clients, so they are raised here, not switched off
        ["RateLimits__Multiplier"] = "1000",
    };

    private static async Task<bool> RunsJobsAsync(AppInstance instance, string token)
    {
        if (!instance.Running) return false;
        using var http = new HttpClient { BaseAddress = instance.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            var status = JsonNode.Parse(await http.GetStringAsync("api/ops/instance"))!;
            return (bool)status["runsJobs"]!;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Every node holds the same facts once the cluster is whole again (counts of the main tables, node by node).</summary>
    private static async Task<List<string>> SameOnEveryNodeAsync(GaleraCluster cluster)
    {
        const string sql = "SELECT CONCAT((SELECT COUNT(*) FROM applications), '/', (SELECT COUNT(*) FROM station_transactions), '/', " +
                           "(SELECT COUNT(*) FROM ledger_entries), '/', (SELECT COUNT(*) FROM needs), '/', (SELECT COALESCE(SUM(Balance),0) FROM ledger_accounts))";
        var seen = new List<string>();
        for (var node = 1; node <= 3; node++)
        {
            await using var c = new MySqlConnector.MySqlConnection(cluster.NodeConnectionString(node));
            await c.OpenAsync();
            await using var cmd = new MySqlConnector.MySqlCommand("SET SESSION wsrep_sync_wait = 1; " + sql, c);
            seen.Add((string)(await cmd.ExecuteScalarAsync())!);
        }
        return seen.Distinct().Count() == 1 ? [] : [$"the nodes differ: {string.Join(" | ", seen)}"];
    }
}

/// <summary>The same mixed load against three set-ups, for docs/performance.md and docs/scaling.md.</summary>
public static class LoadComparison
{
    public static async Task<List<(string Setup, LoadReport Report)>> RunAsync(int seconds, int clients, Action<string> log)
    {
        var results = new List<(string, LoadReport)>();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

        await using (var sqlite = new AppInstance("sqlite", new Dictionary<string, string>
                     { ["Database__Provider"] = "Sqlite", ["Jwt__SigningKey"] = key, ["Bootstrap__AdminPassword"] = FaultScenario.AdminPassword, ["RateLimits__Multiplier"] = "1000" }))
        {
            await sqlite.StartAsync();
            results.Add(("1 instance, SQLite", await MeasureAsync([sqlite.BaseAddress], seconds, clients)));
            log(results[^1].Item1 + ": " + results[^1].Item2.Summary());
        }

        var single = MariaDbServer.StartDedicated();
        var database = await single.CreateDatabaseAsync("load");
        await using (var maria = new AppInstance("mariadb", new Dictionary<string, string>
                     { ["Database__Provider"] = "MySql", ["ConnectionStrings__Default"] = database, ["Jwt__SigningKey"] = key, ["Bootstrap__AdminPassword"] = FaultScenario.AdminPassword, ["RateLimits__Multiplier"] = "1000" }))
        {
            await maria.StartAsync();
            results.Add(("1 instance, single MariaDB", await MeasureAsync([maria.BaseAddress], seconds, clients)));
            log(results[^1].Item1 + ": " + results[^1].Item2.Summary());
        }
        single.Kill();

        await using var cluster = await GaleraCluster.StartAsync();
        var settings = FaultScenario.Settings(cluster.ConnectionString);
        await using var a = new AppInstance("app1", settings);
        await using var b = new AppInstance("app2", settings);
        await a.StartAsync();
        await b.StartAsync();
        results.Add(("2 instances, 3-node Galera", await MeasureAsync([a.BaseAddress, b.BaseAddress], seconds, clients)));
        log(results[^1].Item1 + ": " + results[^1].Item2.Summary());
        return results;
    }

    private static async Task<LoadReport> MeasureAsync(Uri[] instances, int seconds, int clients)
    {
        var load = new MixedLoad(instances, new LoadOptions(clients, seconds));
        await load.SetUpAsync(FaultScenario.AdminPassword);
        await load.RunAsync();
        return load.Report;
    }

    public static string Markdown(IEnumerable<(string Setup, LoadReport Report)> results)
    {
        var s = new StringBuilder("| set-up | requests/s | p50 ms | p99 ms | errors | station p99 ms | decide p99 ms |\n|---|---|---|---|---|---|---|\n");
        foreach (var (setup, r) in results)
            s.Append($"| {setup} | {r.Throughput:N0} | {r.Percentile(0.5):F1} | {r.Percentile(0.99):F1} | {r.Errors} | " +
                     $"{r.Operations["station"].Percentile(0.99):F1} | {r.Operations["decide"].Percentile(0.99):F1} |\n");
        return s.ToString();
    }
}
