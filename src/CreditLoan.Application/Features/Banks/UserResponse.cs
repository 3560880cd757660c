using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;

namespace CreditLoan.Application.Features.Banks;

/// <summary>
/// A platform account as shown to whoever manages it (never with its password). <c>role</c> is <c>BankAdmin</c> or
/// <c>BankOfficer</c> for a bank's users (api.md v1.1) and, as in 1.0, <c>bureau</c>, <c>enterprise</c> or <c>agent</c> for the others.
/// </summary>
public sealed record UserResponse(string Id, string UserName, string DisplayName, string Role, Guid? BankId, Guid? EnterpriseId, Guid? StationId,
    bool Disabled, bool MustChangePassword, DateTimeOffset CreatedAt) : ITargetsEntity
{
    public string AuditEntityId => Id;

    /// <summary>The name of the bank, station or enterprise the account belongs to (filled in by the list of accounts).</summary>
    public string? BankName { get; init; }

    /// <inheritdoc cref="BankName"/>
    public string? StationName { get; init; }

    /// <inheritdoc cref="BankName"/>
    public string? EnterpriseName { get; init; }

    public static UserResponse From(AppUser u) => new(u.Id, u.UserName!, u.DisplayName, u.Role == Roles.Bank ? u.AccountRole.ToString() : u.Role, u.BankId, u.EnterpriseId, u.StationId,
        u.Disabled, u.MustChangePassword, u.CreatedAt);
}
