using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Application.Common.Security;

/// <summary>Creates Identity users and turns Identity's refusals into the platform's errors.</summary>
public static class UserAccounts
{
    public static async Task<AppUser> CreateAsync(UserManager<AppUser> users, string userName, string password,
        string displayName, string role, DateTimeOffset at, Guid? bankId = null, Guid? enterpriseId = null, Guid? stationId = null, bool isBankAdmin = false,
        string? phone = null)
    {
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            BankId = bankId,
            EnterpriseId = enterpriseId,
            StationId = stationId,
            CreatedAt = at,
            IsBankAdmin = isBankAdmin,
            PhoneNumber = phone,
            // sign-in failures are throttled per client and account name (ISignInThrottle), never by locking the account
            LockoutEnabled = false,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) return user;
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new ConflictException($"The user name '{userName}' is already taken.") { Code = "UserNameTaken", Values = [userName] };
        var failures = result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", e.Description) { ErrorCode = e.Code });
        throw new FluentValidation.ValidationException(failures);
    }
}

/// <summary>Shared shape rules for the fields every new account carries.</summary>
public static class AccountRules
{
    public const string UserNamePattern = @"^[A-Za-z0-9._@-]{3,64}\z";

    /// <summary>product.md §11: at least this long, not a common password, not containing the user name.</summary>
    public const int MinimumPasswordLength = 10;

    public const int MaximumPasswordLength = 128;
}
