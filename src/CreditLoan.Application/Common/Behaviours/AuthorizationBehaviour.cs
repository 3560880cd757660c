using System.Reflection;
using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>
/// Role check declared on the request type: anonymous requests must say so, every other request needs a
/// signed-in caller with one of the listed roles. Tenancy (whose object) is checked in the handlers.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly bool Anonymous = typeof(TMessage).GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;
    private static readonly IReadOnlyList<string>? AllowedRoles = typeof(TMessage).GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!Anonymous)
        {
            if (!user.IsAuthenticated) throw new UnauthenticatedException();
            if (AllowedRoles is { Count: > 0 } roles && (user.Role is null || !roles.Contains(user.Role)))
                throw new ForbiddenAccessException($"The role '{user.Role}' may not perform {typeof(TMessage).Name.Replace("Command", "").Replace("Query", "")}.");
        }
        return next(message, cancellationToken);
    }
}
