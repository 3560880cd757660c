using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Accounts;

/// <summary>Whoever manages an account disables it: it cannot sign in, and its tokens and portal sessions end at once.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record DisableUserCommand(string UserId) : ICommand<UserResponse>, ITargetsEntity
{
    public string AuditEntityId => UserId;
}

public sealed class DisableUserHandler(IAppDbContext db, ICurrentUser user, ISessionRegistry sessions, CommitCallbacks callbacks, TimeProvider clock)
    : ICommandHandler<DisableUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Users.FindManagedAsync(user, command.UserId, cancellationToken);
        if (account.Disabled) throw new InvalidStateException("User", "Disabled", "disable");
        account.Disabled = true;
        await db.EndAllAsync(account.Id, SessionEnd.Disabled, clock.GetUtcNow(), callbacks, sessions, cancellationToken);
        return UserResponse.From(account);
    }
}
