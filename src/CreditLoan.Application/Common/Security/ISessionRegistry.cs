namespace CreditLoan.Application.Common.Security;

/// <summary>What a request's session allows right now.</summary>
public sealed record SessionState(bool Active, bool MustChangePassword, string? EndedBecause)
{
    public static readonly SessionState Unknown = new(false, false, "The session is not known; sign in again.");
}

/// <summary>
/// Checks a session id (the token's <c>sid</c>) against the database: not signed out, not expired, the account not
/// disabled, its bank not suspended. Answers are cached for at most <see cref="CacheFor"/> per instance, so a revocation
/// made on one instance holds on every other within that time, and at once on the instance that made it (<see cref="Forget"/>).
/// </summary>
public interface ISessionRegistry
{
    static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    ValueTask<SessionState> CheckAsync(string? sessionId, CancellationToken cancellationToken);

    /// <summary>Drops this instance's cached answers for the user's sessions (after ending them or changing the account).</summary>
    void Forget(string userId);

    /// <summary>Drops every cached answer (a bank was suspended or reinstated: all its users' sessions change).</summary>
    void ForgetAll();
}

/// <summary>Why a session ended early (<see cref="UserSession.RevokedBecause"/>).</summary>
public static class SessionEnd
{
    public const string SignedOut = "signed-out";
    public const string Disabled = "disabled";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
}
