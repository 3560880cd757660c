using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Auth;

/// <summary>Signing out ends the session on the server: its token (and the portal cookie made from it) gets 401 from then on.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
[AllowedWithTemporaryPassword]
public sealed record LogoutCommand : ICommand;

public sealed class LogoutHandler(IAppDbContext db, ICurrentUser user, ISessionRegistry sessions, CommitCallbacks callbacks, TimeProvider clock)
    : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == user.SessionId, cancellationToken);
        session?.Revoke(clock.GetUtcNow(), SessionEnd.SignedOut);
        if (user.UserId is { } id) callbacks.AfterCommit(() => sessions.Forget(id));
        return Unit.Value;
    }
}
