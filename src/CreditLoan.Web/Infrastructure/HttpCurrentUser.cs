using CreditLoan.Application.Common.Security;
using CreditLoan.Infrastructure.Identity;

namespace CreditLoan.Web.Infrastructure;

/// <summary>The signed-in caller, read from the bearer token's claims.</summary>
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

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;

    private Guid? GuidClaim(string type) => Guid.TryParse(Claim(type), out var id) ? id : null;
}
