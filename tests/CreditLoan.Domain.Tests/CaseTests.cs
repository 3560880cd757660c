using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Domain.Tests;

/// <summary>Every transition and refusal of a 办不成事 case, its time limits on the 2026 calendar, and the ratings (product.md §13).</summary>
public sealed class CaseTests
{
    private static readonly WorkingCalendar Calendar = new(CalendarFile.Shipped());

    /// <summary>Thursday 5 March 2026, 10:00 China time.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 2, 0, 0, TimeSpan.Zero);

    private static readonly Guid Bank = Guid.NewGuid();
    private static readonly Guid Enterprise = Guid.NewGuid();

    private static ServiceCase Lodged() =>
        new("BJ2026030500001", CaseSubjectType.Application, Guid.NewGuid(), "申请提交一周无人受理", CaseLodger.Enterprise, Enterprise, null, null, null,
            Enterprise, Now, "ent");

    private static ServiceCase In(CaseStatus status)
    {
        var c = Lodged();
        if (status == CaseStatus.Open) return c;
        c.Triage(CaseTier.Ordinary, CaseCause.StaffConduct, CaseParty.Bank, Bank, Calendar, Now, "bureau");
        if (status == CaseStatus.Assigned) return c;
        c.Reply("已联系企业，补充材料后当日受理", CaseParty.Bank, Bank, Now.AddHours(5), "officer");
        if (status == CaseStatus.Answered) return c;
        c.Close(CaseOutcome.Fixed, "银行已受理该申请", Now.AddHours(6), "bureau");
        return c;
    }

    [Fact]
    public void A_case_goes_open_assigned_answered_closed_and_keeps_its_timeline()
    {
        var c = Lodged();
        Assert.Equal(CaseStatus.Open, c.Status);
        c.Triage(CaseTier.Ordinary, CaseCause.StaffConduct, CaseParty.Bank, Bank, Calendar, Now, "bureau");
        Assert.Equal((CaseStatus.Assigned, CaseParty.Bank, Bank), (c.Status, c.AssignedTo!.Value, c.AssigneeId!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 16, 0, 0, TimeSpan.Zero), c.DueAt); // Fri 6, Mon 9, Tue 10
        c.Reply("已联系企业", CaseParty.Bank, Bank, Now.AddDays(1), "officer");
        Assert.Equal((CaseStatus.Answered, "已联系企业"), (c.Status, c.Answer));
        c.Close(CaseOutcome.Explained, "银行已说明原因", Now.AddDays(2), "bureau");
        Assert.Equal((CaseStatus.Closed, CaseOutcome.Explained, true), (c.Status, c.Outcome!.Value, c.ClosedOnTime!.Value));
        Assert.Equal([CaseStatus.Open, CaseStatus.Assigned, CaseStatus.Answered, CaseStatus.Closed], c.History.Select(h => h.Status));
        Assert.Equal(["ent", "bureau", "officer", "bureau"], c.History.Select(h => h.By));
    }

    [Theory]
    [InlineData(CaseStatus.Assigned, "triage")]
    [InlineData(CaseStatus.Answered, "triage")]
    [InlineData(CaseStatus.Closed, "triage")]
    [InlineData(CaseStatus.Open, "reply")]
    [InlineData(CaseStatus.Answered, "reply")]
    [InlineData(CaseStatus.Closed, "reply")]
    [InlineData(CaseStatus.Open, "close")]
    [InlineData(CaseStatus.Assigned, "close")]
    [InlineData(CaseStatus.Closed, "close")]
    public void Any_other_move_is_refused_naming_the_current_state(CaseStatus status, string move)
    {
        var c = In(status);
        var version = c.Version;
        var ex = Assert.Throws<InvalidStateException>(() =>
        {
            switch (move)
            {
                case "triage": c.Triage(CaseTier.Simple, CaseCause.Other, CaseParty.Bureau, null, Calendar, Now, "bureau"); break;
                case "reply": c.Reply("答复", CaseParty.Bank, Bank, Now, "officer"); break;
                default: c.Close(CaseOutcome.Fixed, "理由", Now, "bureau"); break;
            }
        });
        Assert.Equal(status.ToString(), ex.CurrentState);
        Assert.Equal((status, version), (c.Status, c.Version));
    }

    [Fact]
    public void Lodging_needs_a_description_and_an_agent_names_the_villager_with_a_mobile_number()
    {
        Assert.Equal("CaseDescriptionRequired", Assert.Throws<FieldRuleException>(() =>
            new ServiceCase("BJ2026030500001", CaseSubjectType.Bank, Bank, "  ", CaseLodger.Enterprise, Enterprise, null, null, null, Enterprise, Now, "e")).Code);
        var station = Guid.NewGuid();
        var missing = Assert.Throws<FieldRuleException>(() =>
            new ServiceCase("BJ2026030500001", CaseSubjectType.Station, station, "不给取款", CaseLodger.Agent, null, station, "王大爷", null, null, Now, "a"));
        Assert.Equal(("OnBehalfOfRequired", "onBehalfOf"), (missing.Code, missing.Field));
        Assert.Equal("MobileInvalid", Assert.Throws<FieldRuleException>(() =>
            new ServiceCase("BJ2026030500001", CaseSubjectType.Station, station, "不给取款", CaseLodger.Agent, null, station, "王大爷", "12345", null, Now, "a")).Code);
        var ok = new ServiceCase("BJ2026030500001", CaseSubjectType.Station, station, " 不给取款 ", CaseLodger.Agent, null, station, " 王大爷 ", "13912345678", null, Now, "a");
        Assert.Equal(("不给取款", "王大爷", "13912345678"), (ok.Description, ok.OnBehalfOfName, ok.OnBehalfOfPhone));
        // the bureau may name the caller, or not (a walk-in who leaves no number)
        Assert.Null(new ServiceCase("BJ2026030500002", CaseSubjectType.Bank, Bank, "电话反映", CaseLodger.Bureau, null, null, null, null, null, Now, "b").OnBehalfOfPhone);
    }

    [Fact]
    public void Triage_to_a_bank_or_station_needs_one_the_case_names_and_to_the_bureau_none()
    {
        var c = Lodged();
        var ex = Assert.Throws<DomainException>(() => c.Triage(CaseTier.Simple, CaseCause.Policy, CaseParty.Station, null, Calendar, Now, "bureau"));
        Assert.Equal(("CaseAssigneeUnknown", "Station"), (ex.Code, ex.Values.Single()));
        Assert.Equal(CaseStatus.Open, c.Status);
        c.Triage(CaseTier.Simple, CaseCause.UnclearResponsibility, CaseParty.Bureau, Guid.NewGuid(), Calendar, Now, "bureau");
        Assert.Null(c.AssigneeId);
        c.Reply("平台已协调", CaseParty.Bureau, null, Now, "bureau");
        Assert.Equal(CaseStatus.Answered, c.Status);
    }

    [Fact]
    public void Only_the_assignee_answers_with_a_text_and_closing_needs_a_reason()
    {
        var c = In(CaseStatus.Assigned);
        Assert.Equal("CaseNotAssignedToYou", Assert.Throws<DomainException>(() => c.Reply("答复", CaseParty.Bank, Guid.NewGuid(), Now, "other bank")).Code);
        Assert.Equal("CaseNotAssignedToYou", Assert.Throws<DomainException>(() => c.Reply("答复", CaseParty.Station, Bank, Now, "a station")).Code);
        Assert.Equal("CaseNotAssignedToYou", Assert.Throws<DomainException>(() => c.Reply("答复", CaseParty.Bureau, null, Now, "bureau")).Code);
        Assert.Equal("CaseAnswerRequired", Assert.Throws<FieldRuleException>(() => c.Reply(" ", CaseParty.Bank, Bank, Now, "officer")).Code);
        c.Reply("已办结", CaseParty.Bank, Bank, Now, "officer");
        Assert.Equal("CaseCloseReasonRequired", Assert.Throws<FieldRuleException>(() => c.Close(CaseOutcome.Fixed, "", Now, "bureau")).Code);
        Assert.Equal(CaseStatus.Answered, c.Status);
    }

    [Fact]
    public void A_case_answered_after_its_due_time_is_closed_late_and_was_overdue_until_answered()
    {
        var c = In(CaseStatus.Assigned);
        var due = c.DueAt!.Value;
        Assert.False(c.IsOverdueAt(due));
        Assert.True(c.IsOverdueAt(due.AddSeconds(1)));
        Assert.True(ServiceCase.OverdueUntold.Holds(c, due.AddSeconds(1)));
        Assert.False(c.MarkOverdueNotified(due), "not overdue yet");
        Assert.True(c.MarkOverdueNotified(due.AddHours(1)));
        Assert.False(c.MarkOverdueNotified(due.AddHours(2)), "told once");
        Assert.False(ServiceCase.OverdueUntold.Holds(c, due.AddHours(2)));
        Assert.Contains(c.History, h => h.Note?.StartsWith("督办", StringComparison.Ordinal) == true);
        c.Reply("迟到的答复", CaseParty.Bank, Bank, due.AddHours(3), "officer");
        Assert.False(c.IsOverdueAt(due.AddDays(9)), "an answered case waits on the bureau, not the assignee");
        c.Close(CaseOutcome.Explained, "已说明", due.AddHours(4), "bureau");
        Assert.False(c.ClosedOnTime);
        // in an in-memory query, the same rule
        Assert.Empty(new[] { c }.AsQueryable().Where(ServiceCase.Overdue.At(due.AddDays(1))));
    }

    [Fact]
    public void The_bureau_closing_late_does_not_make_an_answer_in_time_late()
    {
        var c = In(CaseStatus.Assigned);
        c.Reply("按时答复", CaseParty.Bank, Bank, c.DueAt!.Value, "officer");
        c.Close(CaseOutcome.Fixed, "已整改", c.DueAt!.Value.AddDays(3), "bureau");
        Assert.True(c.ClosedOnTime);
    }

    [Fact]
    public void Case_numbers_are_the_day_and_its_sequence()
    {
        Assert.Equal("BJ2026120200001", ServiceCase.NumberOf(new DateOnly(2026, 12, 2), 1));
        Assert.Equal("BJ2026120299999", ServiceCase.NumberOf(new DateOnly(2026, 12, 2), 99_999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCase.NumberOf(new DateOnly(2026, 12, 2), 0));
    }

    /// <summary>
    /// The 2026 arrangement: the Spring Festival holiday 15–23 February with Saturday 14 and Saturday 28 February worked (调休),
    /// the National Day holiday 1–7 October. Instants in UTC, among them 16:00–24:00 UTC (00:00–08:00 the next China day).
    /// </summary>
    [Theory]
    // simple: the end of the same working day, before 17:00 China time
    [InlineData("2026-02-13T02:00:00Z", CaseTier.Simple, "2026-02-13T16:00:00Z")]   // Fri 10:00
    [InlineData("2026-02-12T20:00:00Z", CaseTier.Simple, "2026-02-13T16:00:00Z")]   // Fri 04:00
    [InlineData("2026-02-13T08:59:59Z", CaseTier.Simple, "2026-02-13T16:00:00Z")]   // Fri 16:59:59
    [InlineData("2026-02-13T09:00:00Z", CaseTier.Simple, "2026-02-14T16:00:00Z")]   // Fri 17:00: after hours, the worked Saturday
    [InlineData("2026-02-13T16:00:00Z", CaseTier.Simple, "2026-02-14T16:00:00Z")]   // Sat 14 00:00, a 调休 working day
    [InlineData("2026-02-13T23:59:59Z", CaseTier.Simple, "2026-02-14T16:00:00Z")]   // Sat 14 07:59:59
    [InlineData("2026-02-14T12:00:00Z", CaseTier.Simple, "2026-02-24T16:00:00Z")]   // Sat 14 20:00: after hours, over the holiday
    [InlineData("2026-02-15T02:00:00Z", CaseTier.Simple, "2026-02-24T16:00:00Z")]   // Sun 15: a holiday
    [InlineData("2026-02-23T15:59:59Z", CaseTier.Simple, "2026-02-24T16:00:00Z")]   // Mon 23 23:59:59, the holiday's last day
    [InlineData("2026-02-23T16:00:00Z", CaseTier.Simple, "2026-02-24T16:00:00Z")]   // Tue 24 00:00
    [InlineData("2026-02-27T20:00:00Z", CaseTier.Simple, "2026-02-28T16:00:00Z")]   // Sat 28 04:00, worked
    [InlineData("2026-03-01T02:00:00Z", CaseTier.Simple, "2026-03-02T16:00:00Z")]   // Sun 1 March: an ordinary weekend
    [InlineData("2026-09-30T08:59:00Z", CaseTier.Simple, "2026-09-30T16:00:00Z")]   // Wed 30 Sept 16:59
    [InlineData("2026-09-30T09:00:00Z", CaseTier.Simple, "2026-10-08T16:00:00Z")]   // Wed 30 Sept 17:00: after National Day
    // ordinary and complex: the end of the 3rd and 5th working day after the day
    [InlineData("2026-02-13T02:00:00Z", CaseTier.Ordinary, "2026-02-25T16:00:00Z")] // Sat 14, Tue 24, Wed 25
    [InlineData("2026-02-13T17:00:00Z", CaseTier.Ordinary, "2026-02-26T16:00:00Z")] // Sat 14 01:00: Tue 24, Wed 25, Thu 26
    [InlineData("2026-02-12T16:00:00Z", CaseTier.Ordinary, "2026-02-25T16:00:00Z")] // Fri 13 00:00
    [InlineData("2026-02-13T02:00:00Z", CaseTier.Complex, "2026-02-27T16:00:00Z")]  // Sat 14, 24, 25, 26, 27
    [InlineData("2026-02-26T02:00:00Z", CaseTier.Complex, "2026-03-04T16:00:00Z")]  // Fri 27, Sat 28 (worked), Mon 2, Tue 3, Wed 4
    [InlineData("2026-02-26T18:00:00Z", CaseTier.Complex, "2026-03-05T16:00:00Z")]  // Fri 27 02:00: Sat 28, 2, 3, 4, 5
    [InlineData("2026-09-29T16:30:00Z", CaseTier.Complex, "2026-10-13T16:00:00Z")]  // Wed 30 Sept 00:30: Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13
    public void Due_times_follow_the_working_day_calendar_at_any_hour(string from, CaseTier tier, string due)
    {
        var c = Lodged();
        c.Triage(tier, CaseCause.Other, CaseParty.Bank, Bank, Calendar, DateTimeOffset.Parse(from), "bureau");
        Assert.Equal(DateTimeOffset.Parse(due), c.DueAt);
        Assert.Equal(TimeSpan.Zero, c.DueAt!.Value.Offset);
    }

    [Fact]
    public void A_bad_rating_opens_a_follow_up_assigned_to_the_party_rated_and_due_in_five_working_days()
    {
        var station = Guid.NewGuid();
        var rating = new Rating(RatingSubjectType.StationTransaction, Guid.NewGuid(), 2, " 态度差 ", CaseParty.Station, station, null, station,
            new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero), "agent");
        Assert.True(rating.NeedsFollowUp);
        Assert.Equal("态度差", rating.Comment);
        var c = ServiceCase.FollowUp("BJ2026021300001", rating, CaseSubjectType.StationTransaction, rating.SubjectId, null, Calendar, rating.RatedAt);
        rating.FollowedUpBy(c.Id);
        Assert.Equal((CaseStatus.Assigned, CaseParty.Station, station, CaseTier.Complex), (c.Status, c.AssignedTo!.Value, c.AssigneeId!.Value, c.Tier!.Value));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 16, 0, 0, TimeSpan.Zero), c.DueAt);
        Assert.Equal((CaseLodger.Agent, station, rating.Id), (c.LodgedBy, c.LodgerStationId!.Value, c.FollowUpOfRatingId!.Value));
        Assert.Contains("2分", c.Description);
        Assert.Equal(c.Id, rating.FollowUpCaseId);
        var moved = Assert.Single(c.DomainEvents.OfType<CaseMoved>());
        Assert.Equal([1L, 0, 0, 0, 0, 0], Assert.Single(ServiceStats.Of(moved.Before, moved.After)).Counters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_is_1_to_5(int score) =>
        Assert.Equal("ScoreOutOfRange", Assert.Throws<FieldRuleException>(() =>
            new Rating(RatingSubjectType.Application, Guid.NewGuid(), score, null, CaseParty.Bank, Bank, Enterprise, null, Now, "e")).Code);

    [Fact]
    public void The_counters_count_a_case_when_assigned_and_closed_and_a_rating_on_its_china_day()
    {
        var c = Lodged();
        Assert.Empty(ServiceStats.Of(null, CaseFacts.Of(c)));
        var late = new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero); // 01:00 on Friday 6 March in China
        c.Triage(CaseTier.Simple, CaseCause.MissingMaterial, CaseParty.Bank, Bank, Calendar, late, "bureau");
        var assigned = Assert.Single(ServiceStats.Of(null, CaseFacts.Of(c)));
        Assert.Equal((new DateOnly(2026, 3, 6), "Bank", Bank, "MissingMaterial"), (assigned.Day, assigned.Party, assigned.PartyId, assigned.Cause));
        var before = CaseFacts.Of(c);
        c.Reply("答复", CaseParty.Bank, Bank, late.AddHours(1), "officer");
        Assert.Empty(ServiceStats.Of(before, CaseFacts.Of(c)));
        before = CaseFacts.Of(c);
        c.Close(CaseOutcome.Fixed, "已补正", late.AddHours(2), "bureau");
        Assert.Equal([0L, 1, 1, 0, 0, 0], Assert.Single(ServiceStats.Of(before, CaseFacts.Of(c))).Counters);
        Assert.Equal(2, ServiceStats.Of(null, CaseFacts.Of(c)).Count()); // the verification's view: assigned and closed

        var rating = new Rating(RatingSubjectType.Case, c.Id, 4, null, CaseParty.Bank, Bank, Enterprise, null, late, "e");
        var inc = ServiceStats.Of(rating);
        Assert.Equal((new DateOnly(2026, 3, 6), ""), (inc.Day, inc.Cause));
        Assert.Equal([0L, 0, 0, 1, 4, 1], inc.Counters);
        Assert.Null(new Rating(RatingSubjectType.Case, c.Id, 3, null, CaseParty.Bureau, Bank, Enterprise, null, late, "e").PartyId);
    }
}
