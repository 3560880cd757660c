using System.Diagnostics;
using System.Globalization;
using System.Text;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Accounts;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreditLoan.Web.Demo;

/// <summary>What the demo did at start-up: whether it seeded, the users it printed, how long it took.</summary>
public sealed class DemoSeedResult
{
    public bool Seeded { get; internal set; }
    public IReadOnlyList<DemoUser> Users { get; internal set; } = [];
    public TimeSpan Took { get; internal set; }
    public int Requests { get; internal set; }
    public string Banner { get; internal set; } = "";
    internal string? AdminPassword { get; set; }
}

/// <summary>
/// <c>dotnet run --project src/CreditLoan.Web -- --demo</c> (or <c>Demo__Seed=true</c>): on an empty database the platform
/// first plays Dingzhou's first year through its own commands (<see cref="CountyYear"/>), prints the demo users, then serves.
/// A database with data in it is served as it is. docs/operations.md, "A sample county".
/// </summary>
public static class DemoCounty
{
    public const string Flag = "--demo";
    public const string Setting = "Demo:Seed";

    private static volatile bool _seeding;

    /// <summary>Takes <c>--demo</c> out of the arguments (the configuration would read it as a key without a value).</summary>
    public static bool Requested(ref string[] args)
    {
        var requested = args.Contains(Flag);
        args = args.Where(a => a != Flag).ToArray();
        return requested;
    }

    /// <summary>
    /// The demo's services: the walking clock (<see cref="DemoClock"/>) around the platform's, and the in-process user a demo
    /// scope acts as (<see cref="ActingUser"/>; every other scope keeps the HTTP caller). Requests, their validation,
    /// authorization and tenancy are the platform's own.
    /// </summary>
    public static void AddDemoCounty(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ActingUser>();
        services.AddScoped<HttpCurrentUser>();
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>().Actor ?? sp.GetRequiredService<HttpCurrentUser>()));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DemoClock(TimeProvider.System)));
        var result = new DemoSeedResult();
        services.AddSingleton(result);
        if (string.IsNullOrEmpty(builder.Configuration["Bootstrap:AdminPassword"]))
        {
            result.AdminPassword = System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
            builder.Configuration.AddInMemoryCollection([new("Bootstrap:AdminPassword", result.AdminPassword)]);
        }
        // while the year is played, only warnings (and the demo's own lines) reach the log: thousands of requests and SMS otherwise
        LogLevel Configured(string key, LogLevel fallback) =>
            Enum.TryParse<LogLevel>(builder.Configuration[$"Logging:LogLevel:{key}"], out var level) ? level : fallback;
        var all = Configured("Default", LogLevel.Information);
        var behaviours = Configured("CreditLoan.Application.Common.Behaviours", all);
        builder.Logging.AddFilter((category, level) => level >= all
            && (!_seeding || level >= LogLevel.Warning || category?.StartsWith(typeof(DemoCounty).Namespace!, StringComparison.Ordinal) == true));
        builder.Logging.AddFilter("CreditLoan.Application.Common.Behaviours", level => level >= behaviours && (!_seeding || level >= LogLevel.Warning));
    }

    /// <summary>Seeds the sample county when the database is empty; then the clock is the real one again.</summary>
    public static async Task SeedDemoCountyAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCounty).FullName!);
        var result = app.Services.GetRequiredService<DemoSeedResult>();
        var clock = app.Services.GetRequiredService<TimeProvider>() as DemoClock
                    ?? throw new InvalidOperationException("The demo needs its clock (DemoClock) as the platform's TimeProvider.");
        var sender = new DemoSender(app.Services);
        var probe = new DemoActor("demo", "demo", Roles.Bureau);
        var users = await sender.SendAsync(probe, new ListUsersQuery(null, null, 1, 10));
        var banks = await sender.SendAsync(probe, new GetBanksQuery(1, 1));
        var imports = await sender.SendAsync(probe, new ListImportsQuery(null, 1, 1));
        if (banks.Total > 0 || imports.Batches.Total > 0 || users.Total > 1)
        {
            logger.LogWarning("--demo: the database already holds data ({Banks} banks, {Users} users); it is served as it is, without seeding. " +
                              "Start on an empty database (a new Database:DataDirectory) for a fresh sample county", banks.Total, users.Total);
            return;
        }
        var admin = users.Items.Single(u => u.Role == Roles.Bureau);
        var watch = Stopwatch.StartNew();
        var year = new CountyYear(app.Services, sender, clock, DemoActor.From(admin));
        logger.LogInformation("--demo: seeding Dingzhou's first year on the platform…");
        _seeding = true;
        try
        {
            await year.RunAsync(logger);
        }
        finally
        {
            _seeding = false;
            clock.Release();
        }
        watch.Stop();
        var shown = new List<DemoUser>();
        // the administrator's password is the one the demo chose, unless it was configured or the account is older than this start
        var password = result.AdminPassword is not { } chosen ? "(Bootstrap:AdminPassword)"
            : admin.CreatedAt > clock.GetUtcNow().AddMinutes(-30) ? chosen : "(printed when it was created)";
        shown.Add(new DemoUser("监管局 bureau", admin.UserName, password, "定州市行政审批局"));
        shown.AddRange(year.Shown);
        result.Users = shown;
        result.Took = watch.Elapsed;
        result.Requests = sender.Sent;
        result.Seeded = true;
        logger.LogInformation("--demo: seeded in {Seconds:F1} s ({Requests} requests through the application's commands, {Start:yyyy-MM-dd} to {End:yyyy-MM-dd})",
            watch.Elapsed.TotalSeconds, sender.Sent, year.Calendar.Start, year.Calendar.LastDay);
        foreach (var (request, count, time) in sender.Costliest(12))
            logger.LogInformation("--demo: {Request} ×{Count}: {Seconds:F1} s", request, count, time.TotalSeconds);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            result.Banner = Banner(result, string.Join(", ", app.Urls.DefaultIfEmpty("http://localhost:5080")));
            Console.WriteLine(result.Banner);
        });
    }

    private static string Banner(DemoSeedResult result, string urls)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine("==================================================================");
        text.AppendLine(CultureInfo.InvariantCulture, $" CreditLoan sample county: 定州市 (Dingzhou), its first year, seeded in {result.Took.TotalSeconds:F0} s");
        text.AppendLine("   25 townships, 542 village stations, 15 banks, 21 products,");
        text.AppendLine("   239 loans of ¥36,420,000.00 to over 200 enterprises");
        text.AppendLine(CultureInfo.InvariantCulture, $" Sign in at {urls}/login with (passwords shown once):");
        foreach (var u in result.Users) text.AppendLine(CultureInfo.InvariantCulture, $"   {u.UserName,-20} {u.Password,-18} {u.Role} · {u.Who}");
        text.AppendLine(" Every other account's password is unknown: the bureau resets one to try it.");
        text.AppendLine("==================================================================");
        return text.ToString();
    }
}
