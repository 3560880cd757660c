using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MySqlConnector;

namespace CreditLoan.Testing;

/// <summary>
/// A real, throwaway <c>mariadbd</c> for the tests of one process: its own temporary data directory made
/// with <c>mariadb-install-db</c>, a free 127.0.0.1 port, no systemd, no Docker. Started on first use,
/// shut down when the test process exits. Missing binaries fail loudly; MariaDB tests are never skipped.
/// </summary>
public sealed class MariaDbServer
{
    private const string DirectoryPrefix = "creditloan-mariadb-";
    private static readonly Lazy<MariaDbServer> Shared = new(() => Start(Environment.ProcessId), LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    private readonly string _baseDir;
    private Process _process;

    private MariaDbServer(string baseDir, int port, Process process)
    {
        _baseDir = baseDir;
        Port = port;
        _process = process;
    }

    public static MariaDbServer Instance => Shared.Value;

    public int Port { get; }

    public string ServerConnectionString =>
        $"Server=127.0.0.1;Port={Port};User ID=root;Password=;SslMode=None;AllowPublicKeyRetrieval=True;Pooling=True;Default Command Timeout=120";

    /// <summary>A new, empty database (utf8mb4) and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}";
        await using var connection = new MySqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        await cmd.ExecuteNonQueryAsync();
        return $"{ServerConnectionString};Database={name}";
    }

    /// <summary>A server of the caller's own, for tests that kill it (crash safety); stopped at process exit too.</summary>
    public static MariaDbServer StartDedicated() => Start(Environment.ProcessId);

    /// <summary>A server that lives only as long as the process <paramref name="owner"/> (the test of <see cref="Watch"/>).</summary>
    public static MariaDbServer StartOwnedBy(int owner) => Start(owner);

    /// <summary>The server's own directory (data, socket, log), deleted when it stops.</summary>
    public string Directory => _baseDir;

    /// <summary>Whether its <c>mariadbd</c> still runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>
    /// Starts a server; a port found free can be taken by another process before mariadbd binds it, so a server that
    /// exits at start is tried again on a new port (three times in all).
    /// </summary>
    private static MariaDbServer Start(int owner)
    {
        SweepLeftovers();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return StartOnce(owner);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Kills the server the hard way (SIGKILL): no shutdown, no flush beyond what InnoDB already made durable.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Starts the killed server again on the same data directory and port, and waits until it answers.</summary>
    public void Restart()
    {
        _process = Launch(Path.Combine(_baseDir, "my.cnf"));
        WaitUntilReady(this, _process, _baseDir);
    }

    private static Process Launch(string cnf)
    {
        var mariadbd = Which("mariadbd") ?? "/usr/sbin/mariadbd";
        var process = Process.Start(new ProcessStartInfo(mariadbd, $"--defaults-file={cnf} --user=root")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("mariadbd did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitUntilReady(MariaDbServer server, Process process, string baseDir)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"mariadbd exited with {process.ExitCode}: {ReadLog(baseDir)}");
            try
            {
                using var c = new MySqlConnection(server.ServerConnectionString + ";Pooling=False");
                c.Open();
                return;
            }
            catch (MySqlException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }

    private static MariaDbServer StartOnce(int owner)
    {
        var mariadbd = Which("mariadbd") ?? "/usr/sbin/mariadbd";
        var installDb = Which("mariadb-install-db");
        if (!File.Exists(mariadbd) || installDb is null)
            throw new InvalidOperationException(
                "MariaDB is not installed (mariadbd / mariadb-install-db not found). Install it with 'apt-get install -y mariadb-server' " +
                "or run the tests through .ci/run, which installs it. The MariaDB tests are never skipped.");

        var baseDir = Path.Combine(Path.GetTempPath(), $"{DirectoryPrefix}{owner}-{Guid.NewGuid():N}"[..48]);
        System.IO.Directory.CreateDirectory(baseDir);
        var port = FreePort();
        var cnf = Path.Combine(baseDir, "my.cnf");
        File.WriteAllText(cnf, $"""
            [mysqld]
            datadir={baseDir}/data
            socket={baseDir}/mysqld.sock
            pid-file={baseDir}/mysqld.pid
            log-error={baseDir}/mysqld.err
            port={port}
            bind-address=127.0.0.1
            skip-name-resolve
            character-set-server=utf8mb4
            collation-server=utf8mb4_unicode_ci
            innodb_buffer_pool_size=256M
            innodb_flush_log_at_trx_commit=1
            skip-log-bin
            max_connections=500
            [client]
            socket={baseDir}/mysqld.sock
            """);
        Run(installDb, $"--defaults-file={cnf} --user=root --auth-root-authentication-method=normal --skip-test-db", TimeSpan.FromMinutes(2));

        Watch(owner, baseDir);
        var process = Launch(cnf);
        var server = new MariaDbServer(baseDir, port, process);
        WaitUntilReady(server, process, baseDir);
        if (owner == Environment.ProcessId) AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    /// <summary>
    /// Kills the server in <paramref name="baseDir"/> and deletes the directory once the process <paramref name="owner"/> is
    /// gone. ProcessExit is not enough: vstest kills a testhost that hangs or overruns, and a server left behind kept its
    /// port, its buffer pool and its directory for hours. A shell in a session of its own (so that a signal to the test's
    /// process group spares it) looks for the owner every second; the server is found by its pid file and killed only if
    /// that process was started with this directory's my.cnf (a pid is reused). It covers a server restarted after a
    /// <see cref="Kill"/> too, which writes a new pid file.
    /// </summary>
    private static void Watch(int owner, string baseDir)
    {
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {owner}; do sleep 1; done
            p=$(cat '{baseDir}/mysqld.pid') && tr '\0' ' ' < /proc/$p/cmdline | grep -qF -- '--defaults-file={baseDir}/my.cnf' && kill -9 $p
            sleep 1
            rm -rf '{baseDir}'
            """;
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("setsid did not start.");
    }

    /// <summary>
    /// Directories of servers whose test process is gone (left by a run from before <see cref="Watch"/>, or by a machine
    /// that stopped mid-run), with their server if it still runs: deleted before a new server starts.
    /// </summary>
    private static void SweepLeftovers()
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            var owner = Path.GetFileName(dir)[DirectoryPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || System.IO.Directory.Exists($"/proc/{pid}")) continue;
            try
            {
                if (int.TryParse(File.ReadAllText(Path.Combine(dir, "mysqld.pid")).Trim(), out var server)
                    && File.ReadAllText($"/proc/{server}/cmdline").Replace('\0', ' ').Contains($"--defaults-file={dir}/my.cnf", StringComparison.Ordinal))
                {
                    using var orphan = Process.GetProcessById(server);
                    orphan.Kill();
                    orphan.WaitForExit(10_000);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // no pid file or no such process: nothing runs there
            }
            try
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // another process's sweep got there first, or a file is not ours to delete
            }
        }
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        try
        {
            System.IO.Directory.Delete(_baseDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string ReadLog(string baseDir)
    {
        var log = Path.Combine(baseDir, "mysqld.err");
        return File.Exists(log) ? File.ReadAllText(log)[^Math.Min(2000, (int)new FileInfo(log).Length)..] : "(no log)";
    }

    private static void Run(string file, string arguments, TimeSpan timeout)
    {
        using var p = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(timeout)) throw new TimeoutException($"{file} did not finish in {timeout}.");
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {stderr.Result}");
    }

    private static string? Which(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/bin", "/sbin"]))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
