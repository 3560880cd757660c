using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Cases;

/// <summary>
/// A 办不成事 case (问题诉求单, product.md §13): someone could not get something done. Lodged (Open) by an enterprise, by a
/// station agent for a villager (who is named, with a phone) or by the bureau; triaged by the bureau — tier, cause and the
/// party that must answer — which starts its time limit (Assigned); answered by that party (Answered); closed by the bureau
/// with an outcome and a reason in plain words (Closed). A case still unanswered after its due time is overdue and is
/// escalated (督办) once. Every step is kept in the case's timeline.
/// </summary>
public sealed class ServiceCase : Entity
{
    public const int MaxText = 2000;
    public const int MaxName = 50;

    private readonly List<CaseEvent> _history = [];

    private ServiceCase() { }

    /// <param name="caseNo">The case's number (<see cref="NumberOf"/>).</param>
    /// <param name="enterpriseId">The enterprise concerned: the one that lodged it, or the owner of the application or loan it is about.</param>
    public ServiceCase(string caseNo, CaseSubjectType subjectType, Guid subjectId, string description, CaseLodger lodger, Guid? lodgerEnterpriseId,
        Guid? lodgerStationId, string? onBehalfOfName, string? onBehalfOfPhone, Guid? enterpriseId, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new FieldRuleException("description", "Describe what could not be done.") { Code = "CaseDescriptionRequired" };
        var name = onBehalfOfName?.Trim();
        var phone = onBehalfOfPhone?.Trim();
        if (lodger == CaseLodger.Agent && (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(phone)))
            throw new FieldRuleException("onBehalfOf", "An agent lodges a case for a villager: give the villager's name and phone.") { Code = "OnBehalfOfRequired" };
        if (!string.IsNullOrEmpty(phone) && !Identifiers.IsValidMobile(phone))
            throw new FieldRuleException("onBehalfOf.phone", "phone must be an 11-digit mobile number.") { Code = "MobileInvalid" };
        if (lodger == CaseLodger.Enterprise && lodgerEnterpriseId is null) throw new InvalidOperationException("An enterprise's case names the enterprise.");
        if (lodger == CaseLodger.Agent && lodgerStationId is null) throw new InvalidOperationException("An agent's case names the station.");
        CaseNo = caseNo;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Description = Clip(description.Trim(), MaxText);
        LodgedBy = lodger;
        LodgerEnterpriseId = lodgerEnterpriseId;
        LodgerStationId = lodgerStationId;
        OnBehalfOfName = string.IsNullOrEmpty(name) ? null : Clip(name, MaxName);
        OnBehalfOfPhone = string.IsNullOrEmpty(phone) ? null : phone;
        EnterpriseId = enterpriseId;
        LodgedAt = at;
        Status = CaseStatus.Open;
        Record(CaseStatus.Open, at, by, null);
        Raise(new CaseMoved(this, null, CaseFacts.Of(this), at));
    }

    /// <summary>
    /// A follow-up case (回访整改) opened by a bad rating (1 or 2): lodged for the person who rated, already assigned to the party
    /// rated, due like a complex case.
    /// </summary>
    public static ServiceCase FollowUp(string caseNo, Rating rating, CaseSubjectType subjectType, Guid subjectId, Guid? enterpriseId,
        WorkingCalendar calendar, DateTimeOffset at)
    {
        var lodger = rating.RaterStationId is not null ? CaseLodger.Agent : rating.RaterEnterpriseId is not null ? CaseLodger.Enterprise : CaseLodger.Bureau;
        var text = $"回访整改：服务评价{rating.Score}分" + (string.IsNullOrWhiteSpace(rating.Comment) ? "" : $"，评价内容：{rating.Comment}");
        var c = new ServiceCase
        {
            CaseNo = caseNo, SubjectType = subjectType, SubjectId = subjectId, Description = Clip(text, MaxText), LodgedBy = lodger,
            LodgerEnterpriseId = rating.RaterEnterpriseId, LodgerStationId = rating.RaterStationId, EnterpriseId = enterpriseId, LodgedAt = at,
            Status = CaseStatus.Open, FollowUpOfRatingId = rating.Id,
        };
        c.Record(CaseStatus.Open, at, "system", text);
        c.Assign(CaseTier.Complex, CaseCause.Other, rating.Party, rating.PartyId, CaseTimeLimits.DueAt(calendar, CaseTier.Complex, at), at, "system",
            "差评自动转回访整改");
        c.Raise(new CaseMoved(c, null, CaseFacts.Of(c), at));
        return c;
    }

    /// <summary>The case's number as people read it out: BJ (办件), the China date it was lodged, the day's 5-digit sequence.</summary>
    public static string NumberOf(DateOnly lodgedOn, long sequence) =>
        sequence is < 1 or > 99_999 ? throw new ArgumentOutOfRangeException(nameof(sequence)) : $"BJ{lodgedOn:yyyyMMdd}{sequence:00000}";

    public string CaseNo { get; private set; } = "";
    public CaseSubjectType SubjectType { get; private set; }
    public Guid SubjectId { get; private set; }
    public string Description { get; private set; } = "";
    public CaseLodger LodgedBy { get; private set; }
    public Guid? LodgerEnterpriseId { get; private set; }
    public Guid? LodgerStationId { get; private set; }
    public string? OnBehalfOfName { get; private set; }
    public string? OnBehalfOfPhone { get; private set; }
    /// <summary>The enterprise concerned (it lodged the case, or the case is about its application or loan): it sees the case and is told.</summary>
    public Guid? EnterpriseId { get; private set; }
    public DateTimeOffset LodgedAt { get; private set; }
    public CaseStatus Status { get; private set; }
    public CaseTier? Tier { get; private set; }
    public CaseCause? Cause { get; private set; }
    public CaseParty? AssignedTo { get; private set; }
    /// <summary>The assigned bank's or station's id; null for the bureau.</summary>
    public Guid? AssigneeId { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    public string? CloseReason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Set at closing: whether the assignee answered by the due time (the time limit is the assignee's).</summary>
    public bool? ClosedOnTime { get; private set; }
    /// <summary>When the assignee was told the case is overdue (督办); once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }
    /// <summary>The bad rating that opened this case (回访整改), if it was one.</summary>
    public Guid? FollowUpOfRatingId { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<CaseEvent> History => _history;

    /// <summary>Overdue: assigned, unanswered, and past its due time (the bureau's overdue list, 督办).</summary>
    public static readonly Rule<ServiceCase> Overdue = new((c, now) => c.Status == CaseStatus.Assigned && c.DueAt < now);

    /// <summary>Overdue and its assignee not yet told (the supervision job's work).</summary>
    public static readonly Rule<ServiceCase> OverdueUntold =
        new((c, now) => c.Status == CaseStatus.Assigned && c.DueAt < now && c.OverdueNotifiedAt == null);

    public bool IsOverdueAt(DateTimeOffset now) => Overdue.Holds(this, now);

    /// <summary>
    /// The bureau triages an open case: its tier (and so its due time on the working-day calendar, from now), its cause, and the
    /// party that must answer — a bank or station named by <paramref name="assigneeId"/>, or the bureau itself.
    /// </summary>
    public void Triage(CaseTier tier, CaseCause cause, CaseParty party, Guid? assigneeId, WorkingCalendar calendar, DateTimeOffset at, string by)
    {
        var before = Require("triage", CaseStatus.Open);
        if (party != CaseParty.Bureau && assigneeId is null)
            throw new DomainException($"This case names no {party.ToString().ToLowerInvariant()} to assign it to.") { Code = "CaseAssigneeUnknown", Values = [party.ToString()] };
        Assign(tier, cause, party, party == CaseParty.Bureau ? null : assigneeId, CaseTimeLimits.DueAt(calendar, tier, at), at, by, null);
        Raise(new CaseMoved(this, before, CaseFacts.Of(this), at));
    }

    /// <summary>The assigned party answers (once): <paramref name="party"/> and <paramref name="partyId"/> are the caller's.</summary>
    public void Reply(string text, CaseParty party, Guid? partyId, DateTimeOffset at, string by)
    {
        var before = Require("reply", CaseStatus.Assigned);
        if (party != AssignedTo || (party != CaseParty.Bureau && partyId != AssigneeId))
            throw new DomainException("Only the party the case is assigned to answers it.") { Code = "CaseNotAssignedToYou" };
        if (string.IsNullOrWhiteSpace(text)) throw new FieldRuleException("text", "The answer needs a text.") { Code = "CaseAnswerRequired" };
        Answer = Clip(text.Trim(), MaxText);
        AnsweredAt = at;
        Move(CaseStatus.Answered, at, by, Answer);
        Raise(new CaseMoved(this, before, CaseFacts.Of(this), at));
    }

    /// <summary>The bureau closes an answered case with the outcome and the reason in plain words; on time if the answer came by the due time.</summary>
    public void Close(CaseOutcome outcome, string reason, DateTimeOffset at, string by)
    {
        var before = Require("close", CaseStatus.Answered);
        if (string.IsNullOrWhiteSpace(reason)) throw new FieldRuleException("reason", "Closing a case needs the reason in plain words.") { Code = "CaseCloseReasonRequired" };
        Outcome = outcome;
        CloseReason = Clip(reason.Trim(), MaxText);
        ClosedAt = at;
        ClosedOnTime = AnsweredAt <= DueAt;
        Move(CaseStatus.Closed, at, by, CloseReason);
        Raise(new CaseMoved(this, before, CaseFacts.Of(this), at));
    }

    /// <summary>Records that the assignee was told the case is overdue (督办); false when it already was or the case is not overdue.</summary>
    public bool MarkOverdueNotified(DateTimeOffset at)
    {
        if (!IsOverdueAt(at) || OverdueNotifiedAt is not null) return false;
        OverdueNotifiedAt = at;
        Record(Status, at, "system", "督办：已超过办理时限，已督促承办方尽快答复");
        return true;
    }

    private void Assign(CaseTier tier, CaseCause cause, CaseParty party, Guid? assigneeId, DateTimeOffset due, DateTimeOffset at, string by, string? note)
    {
        Tier = tier;
        Cause = cause;
        AssignedTo = party;
        AssigneeId = assigneeId;
        AssignedAt = at;
        DueAt = due;
        Move(CaseStatus.Assigned, at, by, note);
    }

    private CaseFacts Require(string action, CaseStatus allowed)
    {
        if (Status != allowed) throw new InvalidStateException("Case", Status.ToString(), action);
        return CaseFacts.Of(this);
    }

    private void Move(CaseStatus status, DateTimeOffset at, string by, string? note)
    {
        Status = status;
        Version = Guid.NewGuid();
        Record(status, at, by, note);
    }

    private void Record(CaseStatus status, DateTimeOffset at, string by, string? note) =>
        _history.Add(new CaseEvent(Id, _history.Count + 1, status, at, Clip(by, 200), note is null ? null : Clip(note, MaxText)));

    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;
}
