using System.Text.RegularExpressions;

namespace CreditLoan.Web.Tests.Matrix;

[Flags]
public enum Role
{
    None = 0,
    Bureau = 1,
    Bank = 2,
    Enterprise = 4,
    Agent = 8,
}

/// <summary>Tenant A owns the objects named in the routes; tenant B is the stranger of the same role.</summary>
public enum Tenant { None, A, B }

public enum Expected
{
    /// <summary>401; the portal's form of it is a redirect to its sign-in page.</summary>
    Unauthenticated,

    /// <summary>403; the portal's form of it is a redirect to its denied page.</summary>
    Forbidden,

    /// <summary>404: another tenant's object, whose existence is not revealed.</summary>
    NotFound,

    /// <summary>Past authorization, seeing only its own data: none of tenant A's ids in a successful answer.</summary>
    OwnDataOnly,

    /// <summary>Past authorization: anything but 401, 403 and 404 (a 400, 409 or 422 for the minimal body is fine).</summary>
    Allowed,
}

/// <summary>
/// Who may call one endpoint. <see cref="AnyTenant"/> roles get through whatever the tenant; <see cref="OwnTenant"/> roles
/// get through for tenant A's objects, and tenant B of the same role gets 404 (or, with no object named, only its own data).
/// </summary>
public sealed partial record EndpointRule(string Method, string Route)
{
    public bool IsPublic { get; init; }
    public Role AnyTenant { get; init; }
    public Role OwnTenant { get; init; }

    /// <summary>Roles that pass the role check but see none of these objects, of either tenant: 404 (the paper authorisations).</summary>
    public Role Hidden { get; init; }

    /// <summary>A valid body naming tenant A's objects ($bankA, $today, …): what every caller that must be refused sends, so that a
    /// missing check shows as a success rather than hiding behind a validation error.</summary>
    public string? Body { get; init; }

    public string? Query { get; init; }

    /// <summary>Ends the caller's session (signing out): sent from a second sign-in of the same caller, so the caller's own goes on.</summary>
    public bool EndsSession { get; init; }

    public string Key => $"{Method} {Route}";

    public bool IsPortal => !Route.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>The request addresses tenant A's object: by a route id (a year is nobody's) or by an id in its body.</summary>
    public bool NamesTenantObject => RouteId().IsMatch(Route) || (Body is not null && TenantPlaceholder().IsMatch(Body));

    public Expected ExpectedFor(MatrixCaller caller)
    {
        if (IsPublic) return Expected.Allowed;
        if (caller.Role == Role.None) return Expected.Unauthenticated;
        if ((AnyTenant & caller.Role) != 0) return Expected.Allowed;
        if ((Hidden & caller.Role) != 0) return Expected.NotFound;
        if ((OwnTenant & caller.Role) == 0) return Expected.Forbidden;
        if (caller.Tenant == Tenant.A) return Expected.Allowed;
        return NamesTenantObject ? Expected.NotFound : Expected.OwnDataOnly;
    }

    [GeneratedRegex(@"\{(?!year\})\w+\}")]
    private static partial Regex RouteId();

    [GeneratedRegex(@"\$\w+A\b")]
    private static partial Regex TenantPlaceholder();
}

public sealed record MatrixCaller(string Name, Role Role, Tenant Tenant, HttpClient Api, HttpClient Portal, Func<Task<HttpClient>> SignInAgain);
