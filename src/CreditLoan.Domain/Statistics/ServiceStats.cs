using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Statistics;

/// <summary>
/// The service-quality counters (考核) of one China day, one party (a bank, a station, the bureau: <see cref="PartyId"/> empty)
/// and one cause (empty for ratings): a projection kept in the transaction of the facts it counts — a case on the day it is
/// assigned, its closing on the day it closes, a rating on the day it is given (docs/service-quality.md).
/// </summary>
public sealed class ServiceStatsDay
{
    private ServiceStatsDay() { }

    public DateOnly Day { get; private set; }
    public string Party { get; private set; } = "";
    public Guid PartyId { get; private set; }
    public string Cause { get; private set; } = "";
    public long Cases { get; private set; }
    public long Closed { get; private set; }
    public long ClosedOnTime { get; private set; }
    public long Ratings { get; private set; }
    public long ScoreSum { get; private set; }
    public long Satisfied { get; private set; }

    public static readonly string[] CounterNames = ["Cases", "Closed", "ClosedOnTime", "Ratings", "ScoreSum", "Satisfied"];

    public long[] Counters() => [Cases, Closed, ClosedOnTime, Ratings, ScoreSum, Satisfied];
}

/// <summary>One increment of <see cref="ServiceStatsDay"/>, counters in the order of <see cref="ServiceStatsDay.CounterNames"/>.</summary>
public sealed record ServiceIncrement(DateOnly Day, string Party, Guid PartyId, string Cause, long[] Counters);

/// <summary>What a case's move or a rating adds to the service-quality counters (the projection, and its verification from the facts).</summary>
public static class ServiceStats
{
    /// <summary>The counters a case's move from <paramref name="before"/> (null: not there yet) to <paramref name="after"/> adds.</summary>
    public static IEnumerable<ServiceIncrement> Of(CaseFacts? before, CaseFacts after)
    {
        if (after.AssignedTo is not { } party) yield break;
        var cause = after.Cause?.ToString() ?? "";
        var id = after.AssigneeId ?? Guid.Empty;
        if (before?.AssignedAt is null && after.AssignedAt is { } assigned)
            yield return new ServiceIncrement(ChinaTime.DateOf(assigned), party.ToString(), id, cause, [1, 0, 0, 0, 0, 0]);
        if (before?.ClosedAt is null && after.ClosedAt is { } closed)
            yield return new ServiceIncrement(ChinaTime.DateOf(closed), party.ToString(), id, cause, [0, 1, after.ClosedOnTime == true ? 1 : 0, 0, 0, 0]);
    }

    /// <summary>The counters a rating adds, for the party rated.</summary>
    public static ServiceIncrement Of(Rating r) =>
        new(ChinaTime.DateOf(r.RatedAt), r.Party.ToString(), r.PartyId ?? Guid.Empty, "", [0, 0, 0, 1, r.Score, r.Satisfied ? 1 : 0]);
}
