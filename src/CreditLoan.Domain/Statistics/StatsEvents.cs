using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Statistics;

/// <summary>The parts of an application the statistics count.</summary>
public sealed record ApplicationFacts(ApplicationStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset AcceptDueAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? DecideDueAt, DateTimeOffset? DecidedAt, decimal? DisbursedAmount, DateOnly? DisbursedOn, DateTimeOffset? AcceptOverdueNotifiedAt,
    DateTimeOffset? DecideOverdueNotifiedAt)
{
    public static ApplicationFacts Of(LoanApplication a) => new(a.Status, a.SubmittedAt, a.AcceptDueAt, a.AcceptedAt, a.DecideDueAt, a.DecidedAt,
        a.DisbursedAmount, a.DisbursedOn, a.AcceptOverdueNotifiedAt, a.DecideOverdueNotifiedAt);

    /// <summary>
    /// Whether the application missed a service time limit (docs/statistics.md): the supervision job flagged a stage
    /// as overdue, or the bank accepted after the accept deadline, or decided after the decide deadline (after the
    /// accept deadline when it rejected without accepting).
    /// </summary>
    public bool MissedALimit =>
        AcceptOverdueNotifiedAt is not null || DecideOverdueNotifiedAt is not null
        || AcceptedAt > AcceptDueAt
        || (DecidedAt is { } decided && decided > (AcceptedAt is null ? AcceptDueAt : DecideDueAt ?? AcceptDueAt));
}

/// <summary>One day's change to the counters of <see cref="ApplicationStatsDay"/>.</summary>
public sealed record StatsIncrement(DateOnly Day, long Applications = 0, long Approvals = 0, long Rejections = 0, long Accepts = 0,
    long AcceptSeconds = 0, long Decisions = 0, long DecideSeconds = 0, long Loans = 0, long AmountFen = 0, long DaysToDisburse = 0, long Overdue = 0)
{
    /// <summary>The counters in the order of <see cref="ApplicationStatsDay.CounterNames"/>.</summary>
    public long[] Counters() => [Applications, Approvals, Rejections, Accepts, AcceptSeconds, Decisions, DecideSeconds, Loans, AmountFen, DaysToDisburse, Overdue];
}

public static class StatsEvents
{
    /// <summary>
    /// What a change of an application from <paramref name="before"/> (null: it was just submitted) to
    /// <paramref name="after"/> adds to the statistics, each counter on the China calendar day of its own event.
    /// </summary>
    public static IReadOnlyList<StatsIncrement> Of(ApplicationFacts? before, ApplicationFacts after)
    {
        var increments = new List<StatsIncrement>();
        var submittedOn = ChinaTime.DateOf(after.SubmittedAt);
        if (before is null) increments.Add(new StatsIncrement(submittedOn, Applications: 1));
        if (before?.AcceptedAt is null && after.AcceptedAt is { } accepted)
            increments.Add(new StatsIncrement(ChinaTime.DateOf(accepted), Accepts: 1, AcceptSeconds: Seconds(accepted - after.SubmittedAt)));
        if (before?.DecidedAt is null && after.DecidedAt is { } decided)
        {
            var approved = after.Status != ApplicationStatus.Rejected;
            increments.Add(new StatsIncrement(ChinaTime.DateOf(decided), Approvals: approved ? 1 : 0, Rejections: approved ? 0 : 1, Decisions: 1,
                DecideSeconds: Seconds(decided - (after.AcceptedAt ?? after.SubmittedAt))));
        }
        if (before?.DisbursedOn is null && after is { DisbursedOn: { } on, DisbursedAmount: { } amount })
            increments.Add(new StatsIncrement(on, Loans: 1, AmountFen: Money.ToFen(amount), DaysToDisburse: on.DayNumber - submittedOn.DayNumber));
        if (before?.MissedALimit != true && after.MissedALimit)
            increments.Add(new StatsIncrement(submittedOn, Overdue: 1));
        return increments;
    }

    private static long Seconds(TimeSpan span) => (long)Math.Round(span.TotalSeconds);
}
