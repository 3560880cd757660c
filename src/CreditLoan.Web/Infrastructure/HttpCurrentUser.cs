using CreditLoan.Application.Common.Security;
using CreditLoan.Infrastructure.Identity;

namespace CreditLoan.Web.Infrastructure;

/// <summary>The signed-in caller, read from the bearer token's (or the portal cookie's) claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, CircuitUser circuit) : ICurrentUser
{
    // a request's own user; on a portal circuit (no request), the page's signed-in user
    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : circuit.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? UserId => Claim(PlatformClaims.Subject);
    public string? UserName => Claim(PlatformClaims.Name);
    public string? Role => Claim(PlatformClaims.Role);
    public Guid? BankId => GuidClaim(PlatformClaims.BankId);
    public Guid? EnterpriseId => GuidClaim(PlatformClaims.EnterpriseId);
    public Guid? StationId => GuidClaim(PlatformClaims.StationId);
    public bool IsBankAdmin => Claim(PlatformClaims.BankAdmin) == "true";
    public string? SessionId => Claim(PlatformClaims.SessionId);

    /// <summary>Every signed-in caller here came with a token or the portal's cookie, and so holds a session to check.</summary>
    public bool SignedInOverHttp => IsAuthenticated;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;

    private Guid? GuidClaim(string type) => Guid.TryParse(Claim(type), out var id) ? id : null;
}
