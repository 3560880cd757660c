using CreditLoan.Application.Common.Behaviours;
using System.Security.Cryptography;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Application.Features.Accounts;

public sealed record TemporaryPasswordResponse(string UserId, string TemporaryPassword);

/// <summary>
/// Whoever manages an account resets its password: a temporary one, shown once to the administrator, which the user must
/// change at next sign-in (until then the account can do nothing else); its sessions end at once.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record ResetPasswordCommand(string UserId) : ICommand<TemporaryPasswordResponse>, ITargetsEntity
{
    public string AuditEntityId => UserId;
}

public sealed class ResetPasswordHandler(IAppDbContext db, ICurrentUser user, UserManager<AppUser> users, ISessionRegistry sessions,
    CommitCallbacks callbacks, TimeProvider clock) : ICommandHandler<ResetPasswordCommand, TemporaryPasswordResponse>
{
    /// <summary>No look-alikes (0/O, 1/l/I), so it can be read out over the telephone.</summary>
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async ValueTask<TemporaryPasswordResponse> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Users.FindManagedAsync(user, command.UserId, cancellationToken);
        var temporary = RandomNumberGenerator.GetString(Alphabet, 14);
        account.PasswordHash = users.PasswordHasher.HashPassword(account, temporary);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.MustChangePassword = true;
        await db.EndAllAsync(account.Id, SessionEnd.PasswordReset, clock.GetUtcNow(), callbacks, sessions, cancellationToken);
        return new TemporaryPasswordResponse(account.Id, temporary);
    }
}
