using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CreditLoan.Web.Infrastructure;

/// <summary>How the host finds its files and trusts its proxies, wherever and however it is started (docs/operations.md).</summary>
public static class Hosting
{
    /// <summary>
    /// The content root: the application's own folder when it is a published build (its <c>wwwroot</c> and
    /// <c>appsettings.json</c> sit next to the assembly), whatever the working directory a service manager starts it in;
    /// otherwise the default (the project folder under <c>dotnet run</c>). An explicit <c>--contentRoot</c> or
    /// <c>ASPNETCORE_CONTENTROOT</c> wins. The data directory stays relative to the working directory (docs/operations.md).
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 })
            return null;
        var own = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(own, "wwwroot")) && File.Exists(Path.Combine(own, "appsettings.json")) ? own : null;
    }

    /// <summary>
    /// X-Forwarded-For, -Proto and -Host are honoured only from the proxies configured under <c>ReverseProxy:KnownProxies</c>
    /// (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR); with neither, only from loopback (a proxy on the same host).
    /// </summary>
    public static void ConfigureForwardedHeaders(ForwardedHeadersOptions o, IConfiguration configuration)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        o.ForwardLimit = 1;
        // X-Forwarded-Host only names a host this site answers to (AllowedHosts), as the Host header itself must
        if (configuration["AllowedHosts"] is { Length: > 0 } allowed && allowed != "*")
            foreach (var host in allowed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) o.AllowedHosts.Add(host);
        var proxies = configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return; // the defaults: 127.0.0.1 and ::1
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            o.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
        foreach (var network in networks)
            o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var n) ? n
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a CIDR network (e.g. 10.0.0.0/8)."));
        // X-Forwarded-Host is trusted from those proxies; the Host header itself is checked against AllowedHosts
    }
}
