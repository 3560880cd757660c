using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Operations;

public sealed record JobLeaseResponse(string Holder, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt);

public sealed record JobRunResponse(string Job, DateTimeOffset LastRunAt, string Outcome);

/// <param name="Instance">The answering instance's name in the lease.</param>
/// <param name="RunsJobs">Whether this instance runs the background jobs now.</param>
/// <param name="Lease">The lease as the database holds it (null before any instance took it).</param>
/// <param name="Jobs">When each job last ran on this instance.</param>
/// <param name="Version">The release this instance runs (e.g. 1.0.0).</param>
/// <param name="SchemaMigration">The latest schema migration applied to the database.</param>
public sealed record InstanceStatusResponse(string Instance, bool RunsJobs, DateTimeOffset? RunsJobsSince, JobLeaseResponse? Lease,
    IReadOnlyList<JobRunResponse> Jobs, string Version, string? SchemaMigration);
