using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Common.Security;

/// <summary>Ending an account's sessions in the command's unit of work; the cached answers go once it commits.</summary>
public static class AccountSessions
{
    public static async Task EndAllAsync(this IAppDbContext db, string userId, string because, DateTimeOffset at, CommitCallbacks callbacks,
        ISessionRegistry registry, CancellationToken ct, string? except = null)
    {
        var live = await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null && (except == null || s.Id != except)).ToListAsync(ct);
        foreach (var session in live) session.Revoke(at, because);
        callbacks.AfterCommit(() => registry.Forget(userId));
    }
}
