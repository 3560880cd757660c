namespace CreditLoan.Application.Common;

/// <summary>One day's counters of one group of applications (docs/statistics.md, table stats_applications_daily).</summary>
public sealed record ApplicationCountsRow(string Dimension, DateOnly Day, Guid BankId, string Group, long[] Counters);

/// <summary>One day's transactions of one type at one station (stats_station_daily).</summary>
public sealed record StationCountsRow(DateOnly Day, Guid StationId, string Type, long Count, long AmountFen);

/// <summary>
/// Writes the statistics projections (provider-specific upserts that add to the counters, in key order so concurrent
/// writers never deadlock), inside the caller's transaction.
/// </summary>
public interface IStatsStore
{
    /// <summary>Marks the application counted overdue; false when another transaction had already (it counts once).</summary>
    Task<bool> CountOverdueOnceAsync(Guid applicationId, CancellationToken ct);

    Task AddApplicationCountsAsync(IReadOnlyList<ApplicationCountsRow> rows, CancellationToken ct);

    /// <summary>Adds a disbursal day of an enterprise to the enterprises-served projection of a scope (<see cref="Domain.Statistics.ServedPair"/>).</summary>
    Task AddServedDayAsync(string scope, Guid enterpriseId, DateOnly day, CancellationToken ct);

    Task AddStationCountsAsync(IReadOnlyList<StationCountsRow> rows, CancellationToken ct);
}
