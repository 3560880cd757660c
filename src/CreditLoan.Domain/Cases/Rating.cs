using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Cases;

/// <summary>
/// A rating of a service (好差评, product.md §13): a station transaction, an application's decision or a closed case, rated 1
/// (非常不满意) to 5 (非常满意) once by the person served — an enterprise, or a villager whose rating the agent records at the
/// counter — with an optional comment. It counts for the party that served (<see cref="Party"/>): the bank that decided, the
/// station that served, the party that answered the case. A rating of 1 or 2 opens a follow-up case (回访整改).
/// </summary>
public sealed class Rating : Entity
{
    public const int MaxComment = 500;

    private Rating() { }

    /// <param name="id">The id, when it must be a given one (the ratings of 1.0.0 kept their application's id); a new one otherwise.</param>
    public Rating(RatingSubjectType subjectType, Guid subjectId, int score, string? comment, CaseParty party, Guid? partyId, Guid? raterEnterpriseId,
        Guid? raterStationId, DateTimeOffset at, string by, Guid? id = null)
    {
        if (score is < 1 or > 5) throw new FieldRuleException("score", "score must be 1 to 5.") { Code = "ScoreOutOfRange" };
        if (id is { } given) Id = given;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Score = score;
        var text = comment?.Trim();
        Comment = string.IsNullOrEmpty(text) ? null : text.Length > MaxComment ? text[..MaxComment] : text;
        Party = party;
        PartyId = party == CaseParty.Bureau ? null : partyId;
        RaterEnterpriseId = raterEnterpriseId;
        RaterStationId = raterStationId;
        RatedAt = at;
        RatedBy = by.Length > 200 ? by[..200] : by;
        Raise(new RatingGiven(this));
    }

    public RatingSubjectType SubjectType { get; private set; }
    public Guid SubjectId { get; private set; }
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The party rated: the bank, the station, or the bureau.</summary>
    public CaseParty Party { get; private set; }
    public Guid? PartyId { get; private set; }
    public Guid? RaterEnterpriseId { get; private set; }
    public Guid? RaterStationId { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }
    public string RatedBy { get; private set; } = "";
    public Guid? FollowUpCaseId { get; private set; }

    /// <summary>A bad rating (差评: 1 or 2) is followed up (回访整改).</summary>
    public bool NeedsFollowUp => Score <= 2;

    /// <summary>Satisfied (满意): 4 or 5.</summary>
    public bool Satisfied => Score >= 4;

    public void FollowedUpBy(Guid caseId) => FollowUpCaseId ??= caseId;
}
