using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

public static class DbErrors
{
    /// <summary>Whether a save failed on a unique index (the loser of a race for the same key).</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 19 } s && (s.SqliteExtendedErrorCode is 2067 or 1555)) return true;
            if (e is MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }) return true;
        }
        return false;
    }

    /// <summary>Lock wait timeouts and deadlocks: the transaction lost a race and may be retried.</summary>
    public static bool IsDeadlock(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout }) return true;
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        }
        return false;
    }
}
