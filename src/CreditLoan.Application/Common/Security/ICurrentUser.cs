namespace CreditLoan.Application.Common.Security;

/// <summary>Who is sending the current request, and which tenant they are bound to.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? UserName { get; }
    string? Role { get; }
    Guid? BankId { get; }
    Guid? EnterpriseId { get; }
    Guid? StationId { get; }

    /// <summary>A bank user who administers the bank (its officers and settings).</summary>
    bool IsBankAdmin => false;

    /// <summary>
    /// The sign-in this request comes from (the token's <c>sid</c>); checked on every request by <see cref="ISessionRegistry"/>.
    /// Callers inside the process (the command line, background jobs) have none and need none.
    /// </summary>
    string? SessionId => null;

    /// <summary>Whether the caller came over HTTP and so must hold a live session (a token or a portal cookie).</summary>
    bool SignedInOverHttp => false;

    /// <summary>The client's address (after a configured proxy's forwarded headers), for sign-in throttling.</summary>
    string? ClientAddress => null;
}

public static class CurrentUserExtensions
{
    public static bool IsInRole(this ICurrentUser user, string role) => user.IsAuthenticated && user.Role == role;

    /// <summary>Bank users only: the bank they are bound to.</summary>
    public static Guid RequireBankId(this ICurrentUser user) =>
        user.IsInRole(Roles.Bank) && user.BankId is { } id ? id : throw new ForbiddenAccessException("Only bank officers may do this.");

    /// <summary>An administrator of that bank (银行管理员); a bank officer gets 403, another bank's administrator 404.</summary>
    public static void RequireBankAdminOf(this ICurrentUser user, Guid bankId)
    {
        if (user.RequireBankId() != bankId) throw new NotFoundException("Bank", bankId);
        if (!user.IsBankAdmin) throw new ForbiddenAccessException("Only the bank's administrators may do this.");
    }

    public static Guid RequireEnterpriseId(this ICurrentUser user) =>
        user.IsInRole(Roles.Enterprise) && user.EnterpriseId is { } id ? id : throw new ForbiddenAccessException("Only enterprise users may do this.");

    public static Guid RequireStationId(this ICurrentUser user) =>
        user.IsInRole(Roles.Agent) && user.StationId is { } id ? id : throw new ForbiddenAccessException("Only station agents may do this.");

    /// <summary>How the audit log names this caller.</summary>
    public static string AuditName(this ICurrentUser user) => user.IsAuthenticated ? $"{user.UserName} ({user.UserId})" : "anonymous";

    /// <summary>The user name in a name <see cref="AuditName"/> wrote ("wang" of "wang (0f3c…)"), for a page; anything else as it is.</summary>
    public static string UserNameOfAuditName(string auditName) =>
        UserIdOfAuditName(auditName) is { } id ? auditName[..^(id.Length + 3)] : auditName;

    /// <summary>The user id in a name <see cref="AuditName"/> wrote ("wang (0f3c…)"); null for anything else.</summary>
    public static string? UserIdOfAuditName(string? auditName) =>
        auditName is { Length: > 3 } s && s[^1] == ')' && s.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? s[(open + 2)..^1] : null;
}
