using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Infrastructure.Identity;

/// <summary>
/// Session checks against the shared database, each answer kept for at most <see cref="ISessionRegistry.CacheFor"/> on
/// this instance (by the platform's clock): a revocation anywhere holds everywhere within those seconds, and at once here.
/// </summary>
public sealed class SessionRegistry(IServiceScopeFactory scopes, TimeProvider clock) : ISessionRegistry
{
    private sealed record Cached(SessionState State, string? UserId, DateTimeOffset FetchedAt);

    private readonly ConcurrentDictionary<string, Cached> _cache = new(StringComparer.Ordinal);

    public async ValueTask<SessionState> CheckAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length > 64) return SessionState.Unknown;
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(sessionId, out var cached) && now - cached.FetchedAt < ISessionRegistry.CacheFor && now >= cached.FetchedAt)
            return cached.State;
        var (state, userId) = await LoadAsync(sessionId, now, cancellationToken);
        if (_cache.Count > 50_000) Sweep(now);
        _cache[sessionId] = new Cached(state, userId, now);
        return state;
    }

    public void Forget(string userId)
    {
        foreach (var (sid, entry) in _cache)
            if (entry.UserId == userId) _cache.TryRemove(sid, out _);
    }

    public void ForgetAll() => _cache.Clear();

    private async Task<(SessionState, string?)> LoadAsync(string sessionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var row = await (from s in db.Sessions.AsNoTracking()
                         join u in db.Users.AsNoTracking() on s.UserId equals u.Id
                         where s.Id == sessionId
                         select new { s.ExpiresAt, s.RevokedAt, s.RevokedBecause, u.Id, u.Disabled, u.MustChangePassword, u.BankId })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return (SessionState.Unknown, null);
        if (row.RevokedAt is not null) return (new SessionState(false, false, Ended(row.RevokedBecause)), row.Id);
        if (row.ExpiresAt <= now) return (new SessionState(false, false, "The session has expired; sign in again."), row.Id);
        if (row.Disabled) return (new SessionState(false, false, "The account is disabled."), row.Id);
        if (row.BankId is { } bankId && await db.Banks.AsNoTracking().AnyAsync(b => b.Id == bankId && b.Status == BankStatus.Suspended, cancellationToken))
            return (new SessionState(false, false, "The bank is suspended by the bureau; its users cannot act."), row.Id);
        return (new SessionState(true, row.MustChangePassword, null), row.Id);
    }

    private static string Ended(string? because) => because switch
    {
        SessionEnd.SignedOut => "The session was signed out.",
        SessionEnd.Disabled => "The account is disabled.",
        SessionEnd.PasswordChanged => "The password was changed; sign in again.",
        SessionEnd.PasswordReset => "The password was reset by an administrator; sign in with the temporary password.",
        _ => "The session has ended; sign in again.",
    };

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (sid, entry) in _cache)
            if (now - entry.FetchedAt >= ISessionRegistry.CacheFor) _cache.TryRemove(sid, out _);
    }
}
