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
}

public static class CurrentUserExtensions
{
    public static bool IsInRole(this ICurrentUser user, string role) => user.IsAuthenticated && user.Role == role;

    /// <summary>Bank users only: the bank they are bound to.</summary>
    public static Guid RequireBankId(this ICurrentUser user) =>
        user.IsInRole(Roles.Bank) && user.BankId is { } id ? id : throw new ForbiddenAccessException("Only bank officers may do this.");

    public static Guid RequireEnterpriseId(this ICurrentUser user) =>
        user.IsInRole(Roles.Enterprise) && user.EnterpriseId is { } id ? id : throw new ForbiddenAccessException("Only enterprise users may do this.");

    public static Guid RequireStationId(this ICurrentUser user) =>
        user.IsInRole(Roles.Agent) && user.StationId is { } id ? id : throw new ForbiddenAccessException("Only station agents may do this.");

    /// <summary>How the audit log names this caller.</summary>
    public static string AuditName(this ICurrentUser user) => user.IsAuthenticated ? $"{user.UserName} ({user.UserId})" : "anonymous";
}
