namespace CreditLoan.Application.Common;

/// <summary>One day's counters of one group of applications (docs/statistics.md, table stats_applications_daily).</summary>
public sealed record ApplicationCountsRow(string Dimension, DateOnly Day, Guid BankId, string Group, long[] Counters);

/// <summary>One day's transactions of one type at one station (stats_station_daily).</summary>
public sealed record StationCountsRow(DateOnly Day, Guid StationId, string Type, long Count, long AmountFen);

/// <summary>The change of one group's portfolio counters on one day (stats_portfolio_daily), in the order of PortfolioCounters.Names.</summary>
public sealed record PortfolioChangeRow(string Dimension, DateOnly Day, Guid BankId, string Group, long[] Counters);

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

    /// <summary>Adds the service-quality counters (stats_service_daily) of cases' moves and ratings.</summary>
    Task AddServiceCountsAsync(IReadOnlyList<Domain.Statistics.ServiceIncrement> increments, CancellationToken ct);

    /// <summary>
    /// The first day of the portfolio's open months (the day after the last closed month's end; <see cref="DateOnly.MinValue"/>
    /// when none is closed). On MariaDB the read is a shared lock, so a month cannot close under a change being booked.
    /// </summary>
    Task<DateOnly> PortfolioOpenFromAsync(CancellationToken ct);

    /// <summary>Adds to the portfolio's daily changes; while held (<see cref="HoldPortfolioChanges"/>), in memory only.</summary>
    Task AddPortfolioChangesAsync(IReadOnlyList<PortfolioChangeRow> rows, CancellationToken ct);

    /// <summary>
    /// From now on the portfolio changes added are summed in memory and written by <see cref="WriteHeldPortfolioChangesAsync"/>:
    /// a bulk import hands its loans' events out a chunk at a time, and its thousands of chunks touch the same few hundred
    /// rows, each written once.
    /// </summary>
    void HoldPortfolioChanges();

    /// <summary>Writes the changes held since <see cref="HoldPortfolioChanges"/> and stops holding.</summary>
    Task WriteHeldPortfolioChangesAsync(CancellationToken ct);

    /// <summary>Closes a month: writes its month-end rows from the previous month's and this month's changes. False if it was closed already.</summary>
    Task<bool> ClosePortfolioMonthAsync(DateOnly monthEnd, CancellationToken ct);
}
