using System.Security.Claims;
using CreditLoan.Application.Features.Auth;
using CreditLoan.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CreditLoan.Web;

/// <summary>The portal's sign-in: a cookie on the same Identity users and roles as the API's bearer tokens.</summary>
public static class PortalAuth
{
    public const string Scheme = "Portal";

    /// <summary>The default scheme: forwards to the bearer scheme under /api and to the portal's cookie elsewhere.</summary>
    public const string PathScheme = "ByPath";

    /// <summary>Where each role starts after signing in.</summary>
    public static string HomeOf(string? role) => role switch
    {
        Application.Common.Security.Roles.Bank => "/bank/inbox",
        Application.Common.Security.Roles.Bureau => "/bureau",
        Application.Common.Security.Roles.Agent => "/station",
        _ => "/products",
    };

    /// <summary>The portal's cookie from a token the API's own sign-in issued: its claims and its server-side session.</summary>
    public static Task SignInAsync(HttpContext http, TokenResponse token)
    {
        var claims = new JsonWebTokenHandler().ReadJsonWebToken(token.AccessToken).Claims
            .Where(c => c.Type is PlatformClaims.Subject or PlatformClaims.Name or PlatformClaims.Role or PlatformClaims.BankId
                        or PlatformClaims.EnterpriseId or PlatformClaims.StationId or PlatformClaims.SessionId or PlatformClaims.BankAdmin);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, PlatformClaims.Name, PlatformClaims.Role));
        return http.SignInAsync(Scheme, principal, new AuthenticationProperties { ExpiresUtc = token.ExpiresAt, IsPersistent = false });
    }
}
