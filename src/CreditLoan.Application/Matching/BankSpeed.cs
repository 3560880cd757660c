using CreditLoan.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Application.Matching;

/// <summary>
/// Each bank's measured speed of accepting applications (hours from submission to acceptance), for the fit score.
/// Banks without history are absent and count as neutral.
/// </summary>
public interface IBankSpeed
{
    ValueTask<IReadOnlyDictionary<Guid, double>> AcceptHoursAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Mean hours from submission to acceptance per bank over the last 180 days, measured on the platform's own
/// applications and refreshed every 5 minutes; banks that accepted nothing yet are absent (neutral).
/// </summary>
public sealed class MeasuredBankSpeed(IServiceScopeFactory scopes, TimeProvider clock) : IBankSpeed
{
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile Measurement? _current;

    private sealed record Measurement(IReadOnlyDictionary<Guid, double> Hours, DateTimeOffset At);

    public async ValueTask<IReadOnlyDictionary<Guid, double>> AcceptHoursAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } c && now - c.At < Refresh) return c.Hours;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && now - again.At < Refresh) return again.Hours;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var since = now.AddDays(-180);
            var rows = await db.Applications.AsNoTracking().Where(a => a.AcceptedAt != null && a.SubmittedAt > since)
                .Select(a => new { a.BankId, a.SubmittedAt, a.AcceptedAt }).ToListAsync(cancellationToken);
            var hours = rows.GroupBy(r => r.BankId).ToDictionary(g => g.Key, g => g.Average(r => (r.AcceptedAt!.Value - r.SubmittedAt).TotalHours));
            _current = new Measurement(hours, now);
            return hours;
        }
        finally
        {
            _lock.Release();
        }
    }
}
