using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;

namespace CreditLoan.Application.Features.Banks;

/// <summary>A platform account as shown to whoever manages it (never with its password).</summary>
public sealed record UserResponse(string Id, string UserName, string DisplayName, AccountRole Role, Guid? BankId, Guid? EnterpriseId, Guid? StationId,
    bool Disabled, bool MustChangePassword, DateTimeOffset CreatedAt) : ITargetsEntity
{
    public string AuditEntityId => Id;

    public static UserResponse From(AppUser u) => new(u.Id, u.UserName!, u.DisplayName, u.AccountRole, u.BankId, u.EnterpriseId, u.StationId,
        u.Disabled, u.MustChangePassword, u.CreatedAt);
}
