using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Accounts;

/// <summary>Whoever manages an account enables it again; it signs in anew (its old sessions stay ended).</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record EnableUserCommand(string UserId) : ICommand<UserResponse>, ITargetsEntity
{
    public string AuditEntityId => UserId;
}

public sealed class EnableUserHandler(IAppDbContext db, ICurrentUser user, ISessionRegistry sessions, CommitCallbacks callbacks)
    : ICommandHandler<EnableUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Users.FindManagedAsync(user, command.UserId, cancellationToken);
        if (!account.Disabled) throw new InvalidStateException("User", "Enabled", "enable");
        account.Disabled = false;
        callbacks.AfterCommit(() => sessions.Forget(account.Id));
        return UserResponse.From(account);
    }
}
