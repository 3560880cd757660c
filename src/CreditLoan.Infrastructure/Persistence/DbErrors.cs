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

    /// <summary>Failures that rolled the transaction back for certain: a deadlock, a Galera certification failure, a lock wait timeout.</summary>
    public static bool RolledBack(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout }) return true;
        return false;
    }

    /// <summary>
    /// The database could not be reached or would not serve: a refused or lost connection, a Galera node that is not part
    /// of the primary component ("WSREP has not yet prepared node for application use", 1047), a server shutting down.
    /// </summary>
    public static bool Unavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 1042 unable to connect, 1047 node not ready (Galera), 1053 shutdown, 1927 connection killed, 2006 gone away, 2013 lost
                case MySqlException m when (int)m.ErrorCode is 1042 or 1047 or 1053 or 1927 or 2006 or 2013 or 1317:
                case MySqlException { IsTransient: true } when !RolledBack(e):
                case System.Net.Sockets.SocketException:
                case System.IO.EndOfStreamException:
                    return true;
            }
        }
        return false;
    }
}
