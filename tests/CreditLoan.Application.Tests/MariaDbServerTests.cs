using System.Diagnostics;
using CreditLoan.Testing;
using MySqlConnector;

namespace CreditLoan.Application.Tests;

/// <summary>
/// The tests' throwaway MariaDB does not outlive the test process that started it, however that process ends: vstest kills a
/// testhost that hangs or overruns, which runs no exit handler, and the servers such runs left behind kept their ports,
/// buffer pools and directories under /tmp for hours.
/// </summary>
public sealed class MariaDbServerTests
{
    [Fact]
    public async Task A_server_is_killed_and_its_directory_deleted_when_its_test_process_is_killed_and_leftovers_are_swept()
    {
        // a directory left by a test process that is gone, and never cleaned (a run from before the watchdog)
        var leftover = Path.Combine(Path.GetTempPath(), $"creditloan-mariadb-{(await DeadPidAsync())}-{Guid.NewGuid():N}"[..48]);
        Directory.CreateDirectory(Path.Combine(leftover, "data"));

        using var owner = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        var server = MariaDbServer.StartOwnedBy(owner.Id);
        Assert.False(Directory.Exists(leftover), "a server's directory whose test process is gone was not swept");
        await using (var connection = new MySqlConnection(server.ServerConnectionString + ";Pooling=False"))
            await connection.OpenAsync();   // it serves while its owner lives
        Assert.True(server.IsRunning);

        owner.Kill();   // SIGKILL, as vstest ends a testhost
        await owner.WaitForExitAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((server.IsRunning || Directory.Exists(server.Directory)) && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.False(server.IsRunning, "mariadbd still runs 30 s after its test process was killed");
        Assert.False(Directory.Exists(server.Directory), $"{server.Directory} is still there 30 s after its test process was killed");
    }

    /// <summary>The id of a process that has ended (and is not in use again).</summary>
    private static async Task<int> DeadPidAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
            var pid = gone.Id;
            await gone.WaitForExitAsync();
            if (!Directory.Exists($"/proc/{pid}") || attempt == 10) return pid;
        }
    }
}
