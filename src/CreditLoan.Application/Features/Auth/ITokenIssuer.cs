using CreditLoan.Application.Common.Security;

namespace CreditLoan.Application.Features.Auth;

/// <summary>Signs access tokens; the key lives outside the application layer.</summary>
public interface ITokenIssuer
{
    /// <summary>How long a token (and its session) lasts.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>A token for the user's session, carrying the session id (<c>sid</c>) the server checks on every request.</summary>
    string Issue(AppUser user, UserSession session);
}
