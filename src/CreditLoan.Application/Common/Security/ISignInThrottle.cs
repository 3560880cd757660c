namespace CreditLoan.Application.Common.Security;

/// <summary>
/// Guessing passwords is slowed, never answered by locking the account (product.md §11): attempts per client, failures
/// per client and account name, failures per account name from everywhere — each refused with 429 and Retry-After
/// (<see cref="TooManyRequestsException"/>), the same for a name that exists and one that does not. Password hashing
/// (about 60 ms of a core each) runs on a bounded number of cores, so a flood of sign-ins cannot starve other users.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>Counts an attempt; throws <see cref="TooManyRequestsException"/> when the client or the name is over its limit.</summary>
    void Check(string userName, string? client);

    void Failed(string userName, string? client);

    /// <summary>A slot to hash a password in; throws <see cref="TooManyRequestsException"/> when none frees up soon.</summary>
    ValueTask<IDisposable> HashingSlotAsync(CancellationToken cancellationToken);
}
