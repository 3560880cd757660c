using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Cases;

/// <summary>What the statistics need of a case: whom it is assigned to and since when, its cause, when it closed and whether on time.</summary>
public sealed record CaseFacts(CaseStatus Status, CaseParty? AssignedTo, Guid? AssigneeId, DateTimeOffset? AssignedAt, CaseCause? Cause,
    DateTimeOffset? ClosedAt, bool? ClosedOnTime)
{
    public static CaseFacts Of(ServiceCase c) => new(c.Status, c.AssignedTo, c.AssigneeId, c.AssignedAt, c.Cause, c.ClosedAt, c.ClosedOnTime);
}

/// <summary>A case was lodged (<see cref="Before"/> null) or moved; the facts before and after.</summary>
public sealed record CaseMoved(ServiceCase Case, CaseFacts? Before, CaseFacts After, DateTimeOffset At) : IDomainEvent;

/// <summary>A rating was given (好差评).</summary>
public sealed record RatingGiven(Rating Rating) : IDomainEvent;
