namespace CreditLoan.Application.Common.Security;

public static class Roles
{
    public const string Bureau = "bureau";
    public const string Bank = "bank";
    public const string Enterprise = "enterprise";
    public const string Agent = "agent";

    public static readonly IReadOnlyList<string> All = [Bureau, Bank, Enterprise, Agent];
}

/// <summary>Declares which roles may send a request; checked by the authorization behaviour.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AuthorizeRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Marks a request anyone may send, signed in or not.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>A request an account holding a temporary password may still send (changing it, signing out).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AllowedWithTemporaryPasswordAttribute : Attribute;
