using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Jobs;

public sealed class InstanceStatus(JobLeadership leadership, JobRuns runs, AppDbContext db) : Application.Features.Operations.IInstanceStatus
{
    public async Task<Application.Features.Operations.InstanceStatusResponse> ReadAsync(CancellationToken ct)
    {
        var name = leadership.LeaseName;
        var lease = await db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct);
        return new(leadership.InstanceId, leadership.IsLeader, leadership.IsLeader ? leadership.LeaderSince : null,
            lease is null ? null : new(lease.Holder, lease.AcquiredAt, lease.ExpiresAt),
            runs.Snapshot().OrderBy(r => r.Key).Select(r => new Application.Features.Operations.JobRunResponse(r.Key, r.Value.At, r.Value.Outcome)).ToList(),
            Application.Features.Operations.Release.Version,
            (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault());
    }
}
