using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Application.Features.Auth;

[AllowAnonymousRequest]
public sealed record IssueTokenCommand(string UserName, string Password) : ICommand<TokenResponse>, ISelfTransactedCommand, ITargetsEntity
{
    public string AuditEntityId => UserName;
}

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string Role);

public sealed class IssueTokenValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(64).OverridePropertyName("userName");
        RuleFor(c => c.Password).NotEmpty().MaximumLength(128).OverridePropertyName("password");
    }
}

/// <summary>
/// Checks the password with Identity's lockout (5 failures lock the account for 15 minutes). The failure
/// counter must persist even though the request fails, so this command commits through UserManager itself.
/// </summary>
public sealed class IssueTokenHandler(UserManager<AppUser> users, ITokenIssuer issuer, IWriteGate gate)
    : ICommandHandler<IssueTokenCommand, TokenResponse>
{
    private static readonly AppUser DummyUser = new();
    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());

    public async ValueTask<TokenResponse> Handle(IssueTokenCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            // Spend the same time as a real check, so response times do not tell which user names exist.
            users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash, command.Password);
            throw new UnauthenticatedException("Invalid user name or password.");
        }
        using var _ = await gate.EnterAsync(cancellationToken);
        if (await users.IsLockedOutAsync(user))
            throw new UnauthenticatedException($"The account is locked after repeated failed logins until {user.LockoutEnd:yyyy-MM-ddTHH:mm:ssZ}.");
        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            await users.AccessFailedAsync(user);
            throw new UnauthenticatedException("Invalid user name or password.");
        }
        if (await users.GetAccessFailedCountAsync(user) > 0) await users.ResetAccessFailedCountAsync(user);
        var (token, expiresAt) = issuer.Issue(user);
        return new TokenResponse(token, expiresAt, user.Role);
    }
}
