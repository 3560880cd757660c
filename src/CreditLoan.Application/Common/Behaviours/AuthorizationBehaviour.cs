using System.Reflection;
using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>
/// Role check declared on the request type: anonymous requests must say so, every other request needs a signed-in caller
/// with one of the listed roles, whose session is still live (not signed out, the account not disabled, its bank not
/// suspended — checked here for the API, the portal's pages and its interactive circuits alike), and who does not hold a
/// temporary password unless the request is the one that changes it. Tenancy (whose object) is checked in the handlers.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, ISessionRegistry sessions)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly bool Anonymous = typeof(TMessage).GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;
    private static readonly bool WithTemporaryPassword = typeof(TMessage).GetCustomAttribute<AllowedWithTemporaryPasswordAttribute>() is not null;
    private static readonly IReadOnlyList<string>? AllowedRoles = typeof(TMessage).GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!Anonymous)
        {
            if (!user.IsAuthenticated) throw new UnauthenticatedException();
            if (user.SignedInOverHttp)
            {
                var session = await sessions.CheckAsync(user.SessionId, cancellationToken);
                if (!session.Active) throw new UnauthenticatedException(session.EndedBecause ?? SessionState.Unknown.EndedBecause!);
                if (session.MustChangePassword && !WithTemporaryPassword) throw new PasswordChangeRequiredException();
            }
            if (AllowedRoles is { Count: > 0 } roles && (user.Role is null || !roles.Contains(user.Role)))
                throw new ForbiddenAccessException($"The role '{user.Role}' may not perform {typeof(TMessage).Name.Replace("Command", "").Replace("Query", "")}.");
        }
        return await next(message, cancellationToken);
    }
}
