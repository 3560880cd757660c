namespace CreditLoan.Application.Common;

/// <summary>
/// Which database failures a command may simply run again (ADR 0007): a deadlock or a Galera certification failure
/// (error 1213) or a lock wait timeout (1205) rolled the transaction back for certain; a lost or refused connection did
/// too, unless it was lost while the commit was on its way, when nobody knows whether it committed.
/// </summary>
public interface ITransientFailures
{
    /// <param name="commitSent">Whether the failure came while committing.</param>
    bool MayRetry(Exception exception, bool commitSent);

    /// <summary>How long to wait before the next attempt.</summary>
    TimeSpan Backoff(Exception exception, int attempt);
}

/// <summary>No retries (SQLite: one instance, one writer at a time behind the write gate).</summary>
public sealed class NoTransientFailures : ITransientFailures
{
    public bool MayRetry(Exception exception, bool commitSent) => false;

    public TimeSpan Backoff(Exception exception, int attempt) => TimeSpan.Zero;
}
