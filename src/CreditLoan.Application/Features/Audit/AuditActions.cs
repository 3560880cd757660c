using CreditLoan.Application.Common.Behaviours;

namespace CreditLoan.Application.Features.Audit;

/// <summary>
/// Every <c>Action</c> an audit row can carry: each command's name without <c>Command</c> (<see cref="AuditMarks.ActionName"/>), the
/// credit report's reads, and the background jobs' rows. The portal names each in the reader's language (<c>AuditAction_{action}</c>).
/// </summary>
public static class AuditActions
{
    /// <summary>Rows that no command writes: a read of a credit report and the background jobs (actor <c>system</c>).</summary>
    public static readonly IReadOnlyList<string> Other = ["ReadCreditReport", "ExpireNeeds", "SuperviseOverdue", "SuperviseOverdueCases", "RemindCalendar", "ServiceLoans"];

    public static readonly IReadOnlyList<string> Known = typeof(AuditActions).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(Mediator.IBaseCommand).IsAssignableFrom(t))
        .Select(AuditMarks.ActionName).Concat(Other).Distinct().Order(StringComparer.Ordinal).ToList();
}
