using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace CreditLoan.Deployment.Tests;

/// <summary>
/// The published build as an operator runs it (docs/operations.md, "Running as a service"): the output of
/// <c>dotnet publish</c> (made here, or taken from <c>CREDITLOAN_PUBLISHED</c> when test.sh made it already) started the way
/// <c>deploy/systemd/creditloan.service</c> says — its ExecStart, its WorkingDirectory (a state folder, not the
/// application's), its Environment lines and its EnvironmentFile (from <c>creditloan.env.example</c>) and nothing else of
/// this process's environment — behind nginx with <c>deploy/nginx/creditloan.conf</c> (TLS with a throwaway certificate),
/// each on a free loopback port. nginx reaches the platform from 127.0.0.2, the only proxy the platform trusts here.
/// </summary>
public sealed class PublishedBuild : IAsyncLifetime
{
    public const string AdminPassword = "Bureau-Deploy-2026";
    public const string TrustedProxy = "127.0.0.2";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "creditloan-deploy", Guid.NewGuid().ToString("N"));
    private Process? _app;
    private Process? _nginx;
    private readonly StringBuilder _appLog = new();

    public static string Repository { get; } = FindRepository();
    public int AppPort { get; } = FreePort();
    public int HttpsPort { get; } = FreePort();
    public int HttpPort { get; } = FreePort();
    public string AppUrl => $"http://127.0.0.1:{AppPort}";
    public string ProxyUrl => $"https://127.0.0.1:{HttpsPort}";
    public string StateDirectory => Path.Combine(_root, "var/lib/creditloan");
    public string AppDirectory { get; private set; } = "";
    public string AppLog { get { lock (_appLog) return _appLog.ToString(); } }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(StateDirectory);
        AppDirectory = Environment.GetEnvironmentVariable("CREDITLOAN_PUBLISHED") is { Length: > 0 } published ? published : await PublishAsync();
        StartApp();
        await WaitForAsync($"{AppUrl}/health/ready", "the published build");
        StartNginx();
        await WaitForAsync($"http://127.0.0.1:{HttpPort}/", "nginx", acceptRedirect: true);
    }

    private async Task<string> PublishAsync()
    {
        var output = Path.Combine(_root, "opt/creditloan");
        var (code, log) = await RunAsync("dotnet", $"publish \"{Path.Combine(Repository, "src/CreditLoan.Web")}\" -c Release -o \"{output}\" --nologo", Repository);
        Assert.True(code == 0, "dotnet publish failed:\n" + log);
        return output;
    }

    /// <summary>Starts the build exactly as the unit file says, with the paths of this machine's test folders.</summary>
    private void StartApp()
    {
        var unit = File.ReadAllLines(Path.Combine(Repository, "deploy/systemd/creditloan.service"));
        string Map(string path) => path.Replace("/opt/creditloan", AppDirectory).Replace("/var/lib/creditloan", StateDirectory)
            .Replace("/etc/creditloan", Path.Combine(_root, "etc/creditloan"));
        string One(string key) => unit.Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..].Trim();

        var envFile = Map(One("EnvironmentFile"));
        Directory.CreateDirectory(Path.GetDirectoryName(envFile)!);
        var settings = ReadEnvironmentFile(File.ReadAllLines(Path.Combine(Repository, "deploy/systemd/creditloan.env.example")));
        settings["ASPNETCORE_URLS"] = AppUrl;
        settings["Database__DataDirectory"] = Map(settings["Database__DataDirectory"]);
        settings["Bootstrap__AdminPassword"] = AdminPassword;
        settings["AllowedHosts"] = "127.0.0.1;localhost";
        settings["ReverseProxy__KnownProxies__0"] = TrustedProxy;
        File.WriteAllLines(envFile, settings.Select(kv => $"{kv.Key}={kv.Value}"));

        var start = new ProcessStartInfo(Map(One("ExecStart"))) { WorkingDirectory = Map(One("WorkingDirectory")), RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? Path.GetDirectoryName(ResolveDotnet());
        if (dotnet is not null) start.Environment["DOTNET_ROOT"] = dotnet;
        foreach (var line in unit.Where(l => l.StartsWith("Environment=", StringComparison.Ordinal)))
        {
            var (key, value) = Split(line["Environment=".Length..]);
            start.Environment[key] = value;
        }
        foreach (var (key, value) in ReadEnvironmentFile(File.ReadAllLines(envFile))) start.Environment[key] = value;
        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, e) => { lock (_appLog) _appLog.AppendLine(e.Data); };
        _app.ErrorDataReceived += (_, e) => { lock (_appLog) _appLog.AppendLine(e.Data); };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
    }

    private void StartNginx()
    {
        var dir = Path.Combine(_root, "nginx");
        Directory.CreateDirectory(Path.Combine(dir, "logs"));
        var key = Path.Combine(dir, "privkey.pem");
        var cert = Path.Combine(dir, "fullchain.pem");
        var openssl = Process.Start(new ProcessStartInfo("openssl",
            $"req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout \"{key}\" -out \"{cert}\"") { RedirectStandardError = true })!;
        openssl.WaitForExit();
        Assert.Equal(0, openssl.ExitCode);

        var site = File.ReadAllText(Path.Combine(Repository, "deploy/nginx/creditloan.conf"))
            .Replace("server 127.0.0.1:5080;", $"server 127.0.0.1:{AppPort};")
            .Replace("/etc/ssl/creditloan/fullchain.pem", cert).Replace("/etc/ssl/creditloan/privkey.pem", key)
            .Replace("proxy_pass http://creditloan;", $"proxy_pass http://creditloan;\n        proxy_bind {TrustedProxy};");
        site = Regex.Replace(site, @"^\s*listen \[::\]:\d+.*$", "", RegexOptions.Multiline);
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{HttpPort};").Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{HttpsPort} ssl http2;");
        File.WriteAllText(Path.Combine(dir, "creditloan.conf"), site);
        File.WriteAllText(Path.Combine(dir, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/logs/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{dir}}/logs/access.log;
                client_body_temp_path {{dir}}/client_body;
                proxy_temp_path {{dir}}/proxy;
                fastcgi_temp_path {{dir}}/fastcgi;
                uwsgi_temp_path {{dir}}/uwsgi;
                scgi_temp_path {{dir}}/scgi;
                include {{dir}}/creditloan.conf;
            }
            """);
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        _nginx = Process.Start(new ProcessStartInfo(nginx, $"-p \"{dir}\" -c \"{dir}/nginx.conf\" -g \"daemon off;\"")
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
    }

    private static Dictionary<string, string> ReadEnvironmentFile(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Split).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static (string Key, string Value) Split(string assignment)
    {
        var i = assignment.IndexOf('=');
        return (assignment[..i].Trim(), assignment[(i + 1)..].Trim().Trim('"'));
    }

    private async Task WaitForAsync(string url, string what, bool acceptRedirect = false)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_app is { HasExited: true }) throw new InvalidOperationException($"The published build exited ({_app.ExitCode}):\n{AppLog}");
            if (_nginx is { HasExited: true })
                throw new InvalidOperationException($"nginx exited ({_nginx.ExitCode}): {await _nginx.StandardError.ReadToEndAsync()}");
            try
            {
                var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode || (acceptRedirect && (int)response.StatusCode is >= 300 and < 400)) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what} did not answer at {url} within 90 s:\n{AppLog}");
    }

    private static async Task<(int Code, string Log)> RunAsync(string file, string args, string directory)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output + await error);
    }

    private static string ResolveDotnet()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, "dotnet");
            if (File.Exists(candidate)) return new FileInfo(candidate).ResolveLinkTarget(true)?.FullName ?? candidate;
        }
        return "/usr/share/dotnet/dotnet";
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository (CreditLoan.sln) is not above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        foreach (var p in new[] { _nginx, _app })
        {
            if (p is null) continue;
            try
            {
                if (!p.HasExited)
                {
                    p.Kill(entireProcessTree: true);
                    p.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
            }
            p.Dispose();
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return Task.CompletedTask;
    }
}
