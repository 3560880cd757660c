using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Jobs;

/// <summary>A lease on the background jobs held by one instance until it expires (table <c>job_leases</c>).</summary>
public sealed class JobLease
{
    private JobLease() { }

    public JobLease(string name, string holder, DateTimeOffset acquiredAt, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        AcquiredAt = acquiredAt;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset AcquiredAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
}

public sealed class JobLeaseOptions
{
    public const string Section = "Jobs";

    /// <summary>This instance's name in the lease (default: host name, process id and a random suffix).</summary>
    public string? InstanceName { get; set; }

    /// <summary>How long a lease lasts without renewal: how long the jobs may stand still after their instance died.</summary>
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>How often the holder renews (and the others try to take over an expired lease).</summary>
    public int RenewSeconds { get; set; } = 3;

    /// <summary>
    /// Whether this instance takes part in running the background jobs (default true). An instance with false never takes
    /// the lease: one that only serves requests, or a benchmark that seeds the database with SQL while the platform runs.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The lease's row; instances share the jobs only when they name the same lease.</summary>
    public string LeaseName { get; set; } = "background-jobs";
}
