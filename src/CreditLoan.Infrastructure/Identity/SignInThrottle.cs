using System.Threading.RateLimiting;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;

namespace CreditLoan.Infrastructure.Identity;

/// <summary>Sign-in limits (<c>RateLimits:*</c>); the defaults suit a county; <c>RateLimits:Multiplier</c> scales them all.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Multiplies every limit (a busy province; the test suite's many sign-ins from one in-process client).</summary>
    public int Multiplier { get; set; } = 1;

    /// <summary>Sign-in attempts per client address a minute.</summary>
    public int SignInPerClientPerMinute { get; set; } = 20;

    /// <summary>Failed sign-ins per client and account name in 15 minutes.</summary>
    public int FailuresPerClientAndNamePer15Minutes { get; set; } = 5;

    /// <summary>Failed sign-ins per account name from all clients in 15 minutes (a distributed guess; high, so one client cannot lock a name out).</summary>
    public int FailuresPerNamePer15Minutes { get; set; } = 50;

    /// <summary>Registrations per client address an hour.</summary>
    public int RegistrationsPerClientPerHour { get; set; } = 20;

    /// <summary>Imports and exports per user a minute.</summary>
    public int BulkPerUserPerMinute { get; set; } = 30;

    /// <summary>Credit reports, matches and prospects per user a minute.</summary>
    public int ReportsPerUserPerMinute { get; set; } = 120;

    /// <summary>Passwords hashed at once; 0 = half the cores (at least one), so sign-ins never take every core.</summary>
    public int ConcurrentPasswordChecks { get; set; }
}

/// <summary>
/// <see cref="ISignInThrottle"/> with System.Threading.RateLimiting's sliding windows (the library behind ASP.NET Core's
/// rate limiter), per instance: behind a balancer of N instances a client gets at most N times the budget.
/// </summary>
public sealed class SignInThrottle : ISignInThrottle, IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _attemptsPerClient;
    private readonly PartitionedRateLimiter<string> _failuresPerClientAndName;
    private readonly PartitionedRateLimiter<string> _failuresPerName;
    private readonly SemaphoreSlim _hashing;

    public SignInThrottle(Microsoft.Extensions.Options.IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        var m = Math.Max(1, o.Multiplier);
        _attemptsPerClient = Sliding(o.SignInPerClientPerMinute * m, Minute);
        _failuresPerClientAndName = Sliding(o.FailuresPerClientAndNamePer15Minutes * m, Quarter);
        _failuresPerName = Sliding(o.FailuresPerNamePer15Minutes * m, Quarter);
        var slots = o.ConcurrentPasswordChecks > 0 ? o.ConcurrentPasswordChecks : Math.Max(1, Environment.ProcessorCount / 2);
        _hashing = new SemaphoreSlim(slots, slots);
    }

    public void Check(string userName, string? client)
    {
        var (name, from) = Keys(userName, client);
        // failures first (asking for no permit only looks), then count this attempt against the client
        Refuse(_failuresPerClientAndName.AttemptAcquire($"{from}|{name}", 0), Quarter);
        Refuse(_failuresPerName.AttemptAcquire(name, 0), Quarter);
        Refuse(_attemptsPerClient.AttemptAcquire(from), Minute);
    }

    public void Failed(string userName, string? client)
    {
        var (name, from) = Keys(userName, client);
        _failuresPerClientAndName.AttemptAcquire($"{from}|{name}").Dispose();
        _failuresPerName.AttemptAcquire(name).Dispose();
    }

    public async ValueTask<IDisposable> HashingSlotAsync(CancellationToken cancellationToken)
    {
        if (!await _hashing.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken))
            throw new TooManyRequestsException(TimeSpan.FromSeconds(2), "The platform is checking too many passwords at once; try again shortly.");
        return new Slot(_hashing);
    }

    public void Dispose()
    {
        _attemptsPerClient.Dispose();
        _failuresPerClientAndName.Dispose();
        _failuresPerName.Dispose();
        _hashing.Dispose();
    }

    private static (string Name, string Client) Keys(string userName, string? client) =>
        (userName.Trim().ToUpperInvariant(), string.IsNullOrEmpty(client) ? "-" : client);

    private static void Refuse(RateLimitLease lease, TimeSpan window)
    {
        using (lease)
        {
            if (lease.IsAcquired) return;
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : window;
            throw new TooManyRequestsException(wait, "Too many sign-in attempts; wait and try again.");
        }
    }

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), StringComparer.Ordinal);

    private sealed class Slot(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
