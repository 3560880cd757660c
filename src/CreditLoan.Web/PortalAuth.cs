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
}
