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
}
