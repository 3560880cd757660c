namespace CreditLoan.Application.Common;

/// <summary>
/// Serialises write transactions where the database allows one writer at a time (SQLite); a no-op on MariaDB.
/// Waiting here is cheap and fair, unlike SQLite's busy-retry sleeps.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
