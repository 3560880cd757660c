namespace CreditLoan.Application.Common;

/// <summary>
/// Orders a station's postings against its end of day: postings hold the station shared, a settlement holds it
/// exclusively, until their transaction ends — so no posting lands on a date that is being closed, and a settlement
/// sees every posting of its date. (SQLite needs nothing more: its write gate already runs one writer at a time.)
/// </summary>
public interface IStationLock
{
    Task SharedAsync(Guid stationId, CancellationToken ct);

    Task ExclusiveAsync(Guid stationId, CancellationToken ct);
}
