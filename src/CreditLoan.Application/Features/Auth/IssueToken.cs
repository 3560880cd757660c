using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Auth;

[AllowAnonymousRequest]
public sealed record IssueTokenCommand(string UserName, string Password) : ICommand<TokenResponse>, ITargetsEntity
{
    public string AuditEntityId => UserName;
}

/// <summary><paramref name="MustChangePassword"/>: the account holds a temporary password and may only change it.</summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string Role, bool MustChangePassword = false);

public sealed class IssueTokenValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(64).OverridePropertyName("userName");
        RuleFor(c => c.Password).NotEmpty().MaximumLength(AccountRules.MaximumPasswordLength).OverridePropertyName("password");
    }
}

/// <summary>
/// Checks the password and opens a session. Wrong passwords are throttled per client and name (<see cref="ISignInThrottle"/>),
/// never by locking the account, and an unknown name is answered exactly like a wrong password — same status, same words,
/// same time spent hashing — so answers never tell which names exist. A disabled account or a suspended bank is named only
/// to whoever gave the right password.
/// </summary>
public sealed class IssueTokenHandler(IAppDbContext db, UserManager<AppUser> users, ITokenIssuer issuer, ISignInThrottle throttle, ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<IssueTokenCommand, TokenResponse>
{
    private const string Refused = "Invalid user name or password.";
    private static readonly AppUser DummyUser = new();
    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());

    public async ValueTask<TokenResponse> Handle(IssueTokenCommand command, CancellationToken cancellationToken)
    {
        throttle.Check(command.UserName, caller.ClientAddress);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == users.NormalizeName(command.UserName), cancellationToken);
        PasswordVerificationResult result;
        using (await throttle.HashingSlotAsync(cancellationToken))
            result = users.PasswordHasher.VerifyHashedPassword(user ?? DummyUser, user?.PasswordHash ?? DummyHash, command.Password);
        if (user is null || user.PasswordHash is null || result == PasswordVerificationResult.Failed)
        {
            throttle.Failed(command.UserName, caller.ClientAddress);
            throw new UnauthenticatedException(Refused);
        }
        if (user.Disabled) throw new UnauthenticatedException("The account is disabled; ask whoever manages it to enable it.");
        if (user.BankId is { } bankId && await db.Banks.AnyAsync(b => b.Id == bankId && b.Status == BankStatus.Suspended, cancellationToken))
            throw new UnauthenticatedException("The bank is suspended by the bureau; its users cannot sign in.");
        if (result == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = users.PasswordHasher.HashPassword(user, command.Password);

        var now = clock.GetUtcNow();
        var session = new UserSession(user.Id, now, now + issuer.Lifetime);
        db.Sessions.Add(session);
        // the user's sessions that ended a day ago or more are of no further use
        var stale = now.AddDays(-1);
        db.Sessions.RemoveRange(await db.Sessions.Where(s => s.UserId == user.Id && s.ExpiresAt < stale).ToListAsync(cancellationToken));
        return new TokenResponse(issuer.Issue(user, session), session.ExpiresAt, user.Role, user.MustChangePassword);
    }
}
