using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>MariaDB/Galera: see <see cref="Application.Common.ITransientFailures"/>; an unavailable node is probed at once.</summary>
public sealed class MySqlTransientFailures(DatabaseNodes? nodes = null) : Application.Common.ITransientFailures
{
    public bool MayRetry(Exception exception, bool commitSent)
    {
        if (DbErrors.RolledBack(exception)) return true;
        if (!DbErrors.Unavailable(exception)) return false;
        nodes?.Suspect();
        return !commitSent;
    }

    /// <summary>A lost race is retried at once; a lost node after the probe has had time to find another.</summary>
    public TimeSpan Backoff(Exception exception, int attempt) => DbErrors.RolledBack(exception)
        ? TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt)
        : TimeSpan.FromMilliseconds(400 * attempt);
}
