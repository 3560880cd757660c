using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Domain.Tests;

public sealed class StatsEventsTests
{
    private static DateTimeOffset Cst(int month, int day, int hour) => new DateTimeOffset(2026, month, day, 0, 0, 0, ChinaTime.Offset).AddHours(hour);

    private static readonly ApplicationFacts Submitted = new(ApplicationStatus.Submitted, Cst(3, 2, 23), Cst(3, 4, 24), null, null, null, null, null, null, null);

    [Fact]
    public void Each_counter_lands_on_the_China_day_of_its_own_event()
    {
        // submitted at 23:00 on 2 March China time (15:00 UTC): a March-2 submission, not March 3 nor March 1
        Assert.Equal(new StatsIncrement(new DateOnly(2026, 3, 2), Applications: 1), Assert.Single(StatsEvents.Of(null, Submitted)));
        var accepted = Submitted with { Status = ApplicationStatus.Accepted, AcceptedAt = Cst(3, 3, 1), DecideDueAt = Cst(3, 10, 24) };
        Assert.Equal(new StatsIncrement(new DateOnly(2026, 3, 3), Accepts: 1, AcceptSeconds: 2 * 3600), Assert.Single(StatsEvents.Of(Submitted, accepted)));
        var rejected = accepted with { Status = ApplicationStatus.Rejected, DecidedAt = Cst(3, 4, 1) };
        Assert.Equal(new StatsIncrement(new DateOnly(2026, 3, 4), Rejections: 1, Decisions: 1, DecideSeconds: 24 * 3600),
            Assert.Single(StatsEvents.Of(accepted, rejected)));
        Assert.Empty(StatsEvents.Of(rejected, rejected)); // a save that changes nothing counted counts nothing
    }

    [Fact]
    public void A_disbursal_counts_the_loan_its_fen_and_the_days_since_submission()
    {
        var approved = Submitted with { Status = ApplicationStatus.Approved, AcceptedAt = Cst(3, 3, 9), DecidedAt = Cst(3, 3, 10) };
        var disbursed = approved with { Status = ApplicationStatus.Disbursed, DisbursedAmount = 12_345.67m, DisbursedOn = new DateOnly(2026, 3, 9) };
        Assert.Equal(new StatsIncrement(new DateOnly(2026, 3, 9), Loans: 1, AmountFen: 1_234_567, DaysToDisburse: 7), Assert.Single(StatsEvents.Of(approved, disbursed)));
    }

    [Fact]
    public void An_application_is_counted_overdue_once_on_its_submission_day()
    {
        var flagged = Submitted with { AcceptOverdueNotifiedAt = Cst(3, 5, 1) };
        Assert.Equal(new StatsIncrement(new DateOnly(2026, 3, 2), Overdue: 1), Assert.Single(StatsEvents.Of(Submitted, flagged)));
        // accepted late after the flag: the accept is counted, the application is not counted overdue again
        var lateAccept = flagged with { Status = ApplicationStatus.Accepted, AcceptedAt = Cst(3, 5, 2), DecideDueAt = Cst(3, 12, 24) };
        Assert.DoesNotContain(StatsEvents.Of(flagged, lateAccept), i => i.Overdue != 0);
        // accepted late without a flag: overdue then
        var unflagged = Submitted with { Status = ApplicationStatus.Accepted, AcceptedAt = Cst(3, 5, 2), DecideDueAt = Cst(3, 12, 24) };
        Assert.Contains(StatsEvents.Of(Submitted, unflagged), i => i.Overdue == 1 && i.Day == new DateOnly(2026, 3, 2));
        // rejected without accepting, after the accept limit
        var lateReject = Submitted with { Status = ApplicationStatus.Rejected, DecidedAt = Cst(3, 6, 9) };
        Assert.Contains(StatsEvents.Of(Submitted, lateReject), i => i.Overdue == 1);
    }
}
