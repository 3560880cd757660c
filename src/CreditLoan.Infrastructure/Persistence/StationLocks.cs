using CreditLoan.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>Row locks on the station inside the command's transaction (InnoDB: shared for postings, exclusive for settlement).</summary>
public sealed class MySqlStationLock(AppDbContext db) : IStationLock
{
    public Task SharedAsync(Guid stationId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT Id FROM stations WHERE Id = {stationId} LOCK IN SHARE MODE", ct);

    public Task ExclusiveAsync(Guid stationId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT Id FROM stations WHERE Id = {stationId} FOR UPDATE", ct);
}

/// <summary>SQLite runs one writing transaction at a time (the write gate): postings and settlements are already ordered.</summary>
public sealed class SqliteStationLock : IStationLock
{
    public Task SharedAsync(Guid stationId, CancellationToken ct) => Task.CompletedTask;

    public Task ExclusiveAsync(Guid stationId, CancellationToken ct) => Task.CompletedTask;
}
