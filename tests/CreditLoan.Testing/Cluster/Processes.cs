using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CreditLoan.Testing.Cluster;

/// <summary>Where the repository and the built web host are, and free loopback ports.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CreditLoan.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The web host built in the same configuration as the caller (Release or Debug).</summary>
    public static string WebDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
            var dll = Path.Combine(Root, "src", "CreditLoan.Web", "bin", configuration, "net10.0", "CreditLoan.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web host first (dotnet build -c {configuration}): {dll}");
        }
    }

    /// <summary>
    /// A TCP port free on 127.0.0.1 (and, with <paramref name="span"/>, the ports after it on 127.0.0.1–3), all below the
    /// kernel's ephemeral range. A port in that range can be taken at any moment by the local end of an outgoing connection:
    /// a Galera node's SST port is chosen at the cluster's start and bound only when the node rejoins, minutes later. Once
    /// (port 41206) rsync could not listen on it ("Device or resource busy"), most likely because of such a connection.
    /// </summary>
    public static int FreePort(int span = 1, int from = 20000)
    {
        var room = EphemeralLow() - span - from;
        if (room < 1000) room = 20000;   // an unusual range: as before
        for (var attempt = 0; ; attempt++)
        {
            var port = from + Random.Shared.Next(0, room);
            if (Enumerable.Range(0, span).All(offset => Enumerable.Range(1, span > 1 ? 3 : 1).All(n => Free($"127.0.0.{n}", port + offset))))
                return port;
        }
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux: 32768 unless set otherwise).</summary>
    private static int EphemeralLow()
    {
        try
        {
            return int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 32768;
        }
    }

    private static bool Free(string address, int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Parse(address), port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Runs a command to its end; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string file, string arguments, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish: {await stdout}{await stderr}");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await stdout}{await stderr}");
        return await stdout;
    }
}

/// <summary>
/// A three-node MariaDB Galera cluster on loopback started by <c>db/galera.sh</c> in a temporary directory on free
/// ports (node N on 127.0.0.N); stopped and deleted on dispose.
/// </summary>
public sealed class GaleraCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;

    private GaleraCluster(string directory, int port)
    {
        Directory = directory;
        Port = port;
        _environment = new Dictionary<string, string> { ["GALERA_DIR"] = directory, ["GALERA_PORT"] = port.ToString(), ["GALERA_DATABASE"] = "creditloan" };
    }

    public string Directory { get; }
    public int Port { get; }

    private static string Script => Path.Combine(Repo.Root, "db", "galera.sh");

    public static async Task<GaleraCluster> StartAsync()
    {
        var cluster = new GaleraCluster(Path.Combine(Path.GetTempPath(), "creditloan-galera-" + Guid.NewGuid().ToString("N")[..8]), Repo.FreePort(span: 1003));
        await Repo.RunAsync(Script, "start", cluster._environment, TimeSpan.FromMinutes(5));
        return cluster;
    }

    /// <summary>The application's connection string: all three nodes, the first reachable one used (MySqlConnector failover).</summary>
    public string ConnectionString => $"Server=127.0.0.1,127.0.0.2,127.0.0.3;Port={Port};Database=creditloan;User ID=creditloan;Password=creditloan-local;" +
                                      "LoadBalance=FailOver;Connection Timeout=3;Default Command Timeout=30";

    /// <summary>One node alone (for checks that must read a given node).</summary>
    public string NodeConnectionString(int node) =>
        $"Server=127.0.0.{node};Port={Port};Database=creditloan;User ID=creditloan;Password=creditloan-local;Pooling=false;Connection Timeout=3";

    public Task KillAsync(int node) => Repo.RunAsync(Script, $"kill {node}", _environment);

    public Task RestartAsync(int node) => Repo.RunAsync(Script, $"restart {node}", _environment, TimeSpan.FromMinutes(5));

    public Task<string> StatusAsync() => Repo.RunAsync(Script, "status", _environment);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Repo.RunAsync(Script, "destroy", _environment, TimeSpan.FromMinutes(2));
        }
        catch (Exception)
        {
            // leave the directory for a look; the processes are gone with the test run anyway
        }
    }
}

/// <summary>The platform as a separate process (<c>dotnet CreditLoan.Web.dll</c>) on a free 127.0.0.1 port; SIGKILL and restart.</summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _workDirectory;
    private Process? _process;
    private readonly StringWriter _log = new();
    private int _starts;

    public AppInstance(string name, IDictionary<string, string> settings)
    {
        Name = name;
        Port = Repo.FreePort();
        _workDirectory = Path.Combine(Path.GetTempPath(), "creditloan-app-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(_workDirectory);
        _environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Jobs__InstanceName"] = name,   // replaced by name#start at each start: a restarted process is a new holder
            ["Database__DataDirectory"] = Path.Combine(_workDirectory, "data"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__CreditLoan.Infrastructure.Jobs"] = "Information",
            ["Logging__LogLevel__CreditLoan.Application.Common.Behaviours"] = "Information",
        };
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public bool Running => _process is { HasExited: false };
    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{Repo.WebDll}\" --urls {BaseAddress.ToString().TrimEnd('/')}")
        {
            WorkingDirectory = _workDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (k, v) in _environment) info.Environment[k] = v;
        info.Environment["Jobs__InstanceName"] = $"{Name}#{++_starts}";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}: {Log}");
            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} did not become ready: {Log}");
    }

    /// <summary>SIGKILL: no shutdown, no lease released, requests in flight cut off.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(10_000);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        await Task.Yield();
        try { System.IO.Directory.Delete(_workDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
