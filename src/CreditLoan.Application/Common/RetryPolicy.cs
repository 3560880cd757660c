namespace CreditLoan.Application.Common;

/// <summary>What a database failure means for the request that met it (ADR 0007).</summary>
public enum DatabaseFailure
{
    /// <summary>Not a database failure, or one nothing can be done about.</summary>
    None,
    /// <summary>The request lost a race on a unique index (another request took the key first).</summary>
    UniqueViolation,
    /// <summary>The object's version changed under the request (an optimistic-concurrency token).</summary>
    ConcurrencyConflict,
    /// <summary>The transaction was rolled back for certain: a deadlock, a Galera certification failure, a lock wait timeout, a busy SQLite file.</summary>
    RolledBack,
    /// <summary>The database could not be reached or lost the connection.</summary>
    Unavailable,
}

/// <summary>Classifies database exceptions for the provider in use (Infrastructure).</summary>
public interface IDatabaseFailures
{
    DatabaseFailure Classify(Exception exception);

    /// <summary>
    /// Whether a transaction that failed may run again from the start. Not on SQLite: one writer at a time behind the
    /// write gate, so a transaction there does not lose races (an idempotent request is still sent again).
    /// </summary>
    bool RetriesTransactions { get; }

    /// <summary>A node looks unavailable: look for a ready one now (a Galera cluster; nothing on one server).</summary>
    void Suspect();
}

/// <summary>
/// The one retry policy: how many attempts a request gets and how long it waits between them, for the transaction
/// behaviour, the idempotency behaviour and the MariaDB counter writer alike (ADR 0007).
/// <list type="bullet">
/// <item>A transaction runs again from the start when it was rolled back for certain, or when the database was unreachable
/// before the commit was sent; not when the connection was lost during the commit (nobody knows whether it committed).</item>
/// <item>An idempotent request is sent again after any database failure: its key answers it once, committed or not.</item>
/// </list>
/// </summary>
public sealed class RetryPolicy(IDatabaseFailures failures)
{
    /// <summary>Attempts in all, the first included.</summary>
    public const int MaxAttempts = 4;

    public DatabaseFailure Classify(Exception exception)
    {
        var failure = failures.Classify(exception);
        if (failure == DatabaseFailure.Unavailable) failures.Suspect();
        return failure;
    }

    /// <param name="attempt">The attempt that failed (1 for the first).</param>
    /// <param name="commitSent">Whether the failure came while committing.</param>
    public bool MayRetryTransaction(Exception exception, int attempt, bool commitSent) =>
        failures.RetriesTransactions && attempt < MaxAttempts && Classify(exception) switch
    {
        DatabaseFailure.RolledBack => true,
        DatabaseFailure.Unavailable => !commitSent,
        _ => false,
    };

    /// <summary>Whether an idempotent request that failed on <paramref name="attempt"/> is sent again.</summary>
    public bool MayResend(Exception exception, int attempt) => attempt < MaxAttempts && Classify(exception) != DatabaseFailure.None;

    /// <summary>A lost race is tried again at once (with jitter); a lost node after the probe has had time to find another.</summary>
    public TimeSpan Backoff(Exception exception, int attempt) => failures.Classify(exception) == DatabaseFailure.Unavailable
        ? TimeSpan.FromMilliseconds(400 * attempt)
        : TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt);
}
