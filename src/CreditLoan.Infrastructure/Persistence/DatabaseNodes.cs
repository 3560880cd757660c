using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// The database node this instance writes to (ADR 0007). A connection string may list several hosts (a Galera cluster:
/// <c>Server=db1,db2,db3</c>); every request's connections go to one of them: the first one in
/// the list that answers and, on Galera, is <c>Synced</c> (<c>wsrep_local_state = 4</c>) — never a node that is joining,
/// donating or cut off from the primary component, which would refuse queries. Nodes are probed every second and at
/// once after a failure. MySqlConnector's own failover does not know Galera's states, hence this (what HAProxy with a
/// cluster check does in front of a cluster, inside the application). With one host nothing is probed.
/// </summary>
public sealed class DatabaseNodes
{
    private readonly Node[] _nodes;
    private readonly ILogger<DatabaseNodes> _logger;
    private volatile Node _current;
    private int _probing;

    public DatabaseNodes(string connectionString, ILogger<DatabaseNodes> logger)
    {
        _logger = logger;
        var hosts = new MySqlConnectionStringBuilder(connectionString).Server.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _nodes = hosts.Select(h => new Node(h, new MySqlConnectionStringBuilder(connectionString) { Server = h }.ConnectionString)).ToArray();
        if (_nodes.Length == 0) _nodes = [new Node("", connectionString)];
        _current = _nodes[0];
    }

    public bool Clustered => _nodes.Length > 1;

    /// <summary>The connection string of the node to use now.</summary>
    public string ConnectionString => _current.ConnectionString;

    public string CurrentHost => _current.Host;

    private sealed record Node(string Host, string ConnectionString)
    {
        public volatile bool Ready = true;
    }

    /// <summary>Checks every node and moves off the current one if it is no longer ready.</summary>
    public async Task ProbeAsync(CancellationToken ct)
    {
        if (!Clustered || Interlocked.Exchange(ref _probing, 1) == 1) return;
        try
        {
            await Task.WhenAll(_nodes.Select(n => ProbeAsync(n, ct)));
            // always the first ready node of the list, so that every instance writes on the same node (conflicts between
            // instances then meet as lock waits, not as brute-force aborts across nodes) and returns to it when it is back
            var current = _current;
            var next = _nodes.FirstOrDefault(n => n.Ready);
            if (next is null || next == current) return;
            _current = next;
            _logger.LogWarning("Database node {From} {State}; connections now go to {To}", current.Host, current.Ready ? "is preferred no more" : "is not ready", next.Host);
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    /// <summary>After a failure that may be the node's: probe now rather than at the next second.</summary>
    public void Suspect() => _ = ProbeAsync(CancellationToken.None);

    private static async Task ProbeAsync(Node node, CancellationToken ct)
    {
        try
        {
            var builder = new MySqlConnectionStringBuilder(node.ConnectionString) { Pooling = false, ConnectionTimeout = 2 };
            await using var connection = new MySqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var cmd = new MySqlCommand("SHOW GLOBAL STATUS LIKE 'wsrep_local_state'", connection) { CommandTimeout = 2 };
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            // no row: not a Galera node, ready when it answers; 4: Synced
            node.Ready = !await reader.ReadAsync(ct) || reader.GetString(1) == "4";
        }
        catch (Exception e) when (e is MySqlException or TimeoutException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            node.Ready = false;
        }
    }
}

/// <summary>Probes the database nodes every second when there are several.</summary>
public sealed class DatabaseNodeMonitor(DatabaseNodes nodes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!nodes.Clustered) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), TimeProvider.System);
        do
        {
            await nodes.ProbeAsync(stoppingToken);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
