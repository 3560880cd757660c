using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Application.Common.Security;

/// <summary>A platform user: one role, bound to at most one bank, enterprise or station.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public Guid? BankId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public Guid? StationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A bank user who manages the bank's officers and settings (银行管理员); the bureau creates a bank's first.</summary>
    public bool IsBankAdmin { get; set; }

    /// <summary>Disabled by whoever manages the account: it cannot sign in, and its sessions end at once.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set by an administrator's reset: the temporary password must be changed before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>How the account is shown to whoever manages it.</summary>
    public AccountRole AccountRole => Role switch
    {
        Roles.Bureau => AccountRole.Bureau,
        Roles.Bank => IsBankAdmin ? AccountRole.BankAdmin : AccountRole.BankOfficer,
        Roles.Enterprise => AccountRole.Enterprise,
        _ => AccountRole.Agent,
    };
}

/// <summary>The roles as the account pages and <c>GET /api/users</c> name them (a bank user is an administrator or an officer).</summary>
public enum AccountRole { Bureau, BankAdmin, BankOfficer, Enterprise, Agent }

/// <summary>
/// One sign-in (a bearer token, and the portal cookie made from it): its id travels in the token as <c>sid</c> and is
/// checked on every request, so signing out, a disabled account, a reset or changed password, or a suspended bank ends it
/// at once on every instance (<see cref="ISessionRegistry"/>).
/// </summary>
public sealed class UserSession
{
    private UserSession() { }

    public UserSession(string userId, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        UserId = userId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public string Id { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Why it ended early: signed out, disabled, password changed or reset.</summary>
    public string? RevokedBecause { get; private set; }

    public void Revoke(DateTimeOffset at, string because)
    {
        if (RevokedAt is not null) return;
        RevokedAt = at;
        RevokedBecause = because;
    }
}
