using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditLoan.Infrastructure.Identity;

public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public const string Issuer = "CreditLoan";
    public const string Audience = "CreditLoan";

    /// <summary>Base64 or plain text of at least 32 bytes; every instance of a cluster must share it.</summary>
    public string? SigningKey { get; set; }

    public int LifetimeMinutes { get; set; } = 480;
}

/// <summary>Claim names carried in access tokens.</summary>
public static class PlatformClaims
{
    public const string BankId = "bank_id";
    public const string EnterpriseId = "enterprise_id";
    public const string StationId = "station_id";
    public const string Role = "role";
    public const string Name = "name";
    public const string Subject = "sub";

    /// <summary>The session (<see cref="UserSession"/>) the token belongs to; checked on every request.</summary>
    public const string SessionId = "sid";

    public const string BankAdmin = "bank_admin";
}

public sealed class JwtTokenIssuer(SigningKeyProvider keys, JwtOptions options, TimeProvider clock) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new();

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.LifetimeMinutes);

    public string Issue(AppUser user, UserSession session)
    {
        var now = clock.GetUtcNow();
        var expires = session.ExpiresAt;
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, user.Id),
            new(PlatformClaims.Name, user.UserName!),
            new(PlatformClaims.Role, user.Role),
            new(PlatformClaims.SessionId, session.Id),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (user.IsBankAdmin) claims.Add(new(PlatformClaims.BankAdmin, "true"));
        if (user.BankId is { } bank) claims.Add(new(PlatformClaims.BankId, bank.ToString()));
        if (user.EnterpriseId is { } enterprise) claims.Add(new(PlatformClaims.EnterpriseId, enterprise.ToString()));
        if (user.StationId is { } station) claims.Add(new(PlatformClaims.StationId, station.ToString()));
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtOptions.Issuer,
            Audience = JwtOptions.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return token;
    }
}
