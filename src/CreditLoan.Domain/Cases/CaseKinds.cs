namespace CreditLoan.Domain.Cases;

/// <summary>What a case is about (product.md §13).</summary>
public enum CaseSubjectType { Application, Loan, StationTransaction, Bank, Station }

/// <summary>A case's course: lodged (Open), triaged and assigned (Assigned), answered by the assignee (Answered), closed by the bureau (Closed).</summary>
public enum CaseStatus { Open, Assigned, Answered, Closed }

/// <summary>
/// The bureau's triage tier and so the time limit (办不成事: 简单 at once, 一般 3 working days, 复杂 5 working days):
/// <see cref="CaseTimeLimits.DueAt"/>.
/// </summary>
public enum CaseTier { Simple, Ordinary, Complex }

/// <summary>Why the thing could not be done: policy forbids it, a key material is missing, responsibility is unclear, staff shirked, a system fault, other.</summary>
public enum CaseCause { Policy, MissingMaterial, UnclearResponsibility, StaffConduct, SystemFault, Other }

/// <summary>Who answers a case (the assignee), or who is rated: a bank, a station, or the bureau itself.</summary>
public enum CaseParty { Bank, Station, Bureau }

/// <summary>How the bureau closed a case: explained, fixed, referred elsewhere, refused by policy.</summary>
public enum CaseOutcome { Explained, Fixed, Referred, RefusedByPolicy }

/// <summary>Who lodged a case: an enterprise itself, a station agent for a villager, the bureau for a walk-in or a call.</summary>
public enum CaseLodger { Enterprise, Agent, Bureau }

/// <summary>What a rating (好差评) is about.</summary>
public enum RatingSubjectType { StationTransaction, Application, Case }
