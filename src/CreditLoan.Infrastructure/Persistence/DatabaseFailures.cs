using CreditLoan.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>What a database exception means (<see cref="DatabaseFailure"/>), for SQLite and MariaDB alike; a lost node is probed at once.</summary>
public sealed class DatabaseFailures(bool retriesTransactions, DatabaseNodes? nodes = null) : IDatabaseFailures
{
    public bool RetriesTransactions => retriesTransactions;

    public DatabaseFailure Classify(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException) return DatabaseFailure.ConcurrencyConflict;
        if (DbErrors.IsUniqueViolation(exception)) return DatabaseFailure.UniqueViolation;
        if (DbErrors.IsDeadlock(exception)) return DatabaseFailure.RolledBack;
        if (DbErrors.Unavailable(exception)) return DatabaseFailure.Unavailable;
        return DatabaseFailure.None;
    }

    public void Suspect() => nodes?.Suspect();
}
