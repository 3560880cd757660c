using System.Security.Claims;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Who is signed in on an interactive portal page. Interactive components run on a circuit, where there is no request
/// and so no HttpContext; a page sets this from its authentication state before it sends commands or queries, and
/// <see cref="HttpCurrentUser"/> reads it when there is no request user.
/// </summary>
public sealed class CircuitUser
{
    public ClaimsPrincipal? User { get; set; }
}
