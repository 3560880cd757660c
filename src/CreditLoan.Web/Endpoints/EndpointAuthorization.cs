using System.Reflection;
using CreditLoan.Application.Common.Security;

namespace CreditLoan.Web.Endpoints;

public static class EndpointAuthorization
{
    /// <summary>
    /// Applies the roles a request type declares to its endpoint, so that 401/403 are answered before the body is
    /// validated; the mediator's authorization behaviour checks the same attribute again for non-HTTP callers.
    /// </summary>
    public static RouteHandlerBuilder RequireRolesOf<TRequest>(this RouteHandlerBuilder endpoint)
    {
        var type = typeof(TRequest);
        if (type.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null) return endpoint.AllowAnonymous();
        var roles = type.GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles;
        return roles is { Count: > 0 }
            ? endpoint.RequireAuthorization(policy => policy.RequireRole(roles))
            : endpoint.RequireAuthorization();
    }
}
