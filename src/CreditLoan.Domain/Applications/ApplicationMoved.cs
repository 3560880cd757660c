using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Domain.Applications;

/// <summary>
/// An application was submitted (<paramref name="Before"/> is null) or changed in a way the statistics or the enterprise
/// care about: a move between states, or its service time limit found missed.
/// </summary>
public sealed record ApplicationMoved(LoanApplication Application, ApplicationFacts? Before, ApplicationFacts After, DateTimeOffset At) : IDomainEvent
{
    /// <summary>The state it moved to, when it moved (null when only a fact changed, such as being flagged overdue).</summary>
    public ApplicationStatus? MovedTo => Before?.Status == After.Status ? null : After.Status;
}
