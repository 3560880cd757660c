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
}

/// <summary>The HMAC key that signs tokens: from configuration, else generated once and kept in the data directory.</summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(JwtOptions options, string dataDirectory, ILogger<SigningKeyProvider> logger)
    {
        Key = new SymmetricSecurityKey(Load(options, dataDirectory, logger));
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] Load(JwtOptions options, string dataDirectory, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = TryBase64(options.SigningKey) ?? Encoding.UTF8.GetBytes(options.SigningKey);
            if (configured.Length < 32) throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes.");
            return configured;
        }
        var path = Path.Combine(dataDirectory, "jwt-signing.key");
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        logger.LogWarning("No Jwt:SigningKey configured: generated one and kept it in {Path}. Share one key across instances.", path);
        return key;
    }

    private static byte[]? TryBase64(string s)
    {
        var buffer = new byte[s.Length];
        return Convert.TryFromBase64String(s, buffer, out var n) && n >= 32 ? buffer[..n] : null;
    }
}

public sealed class JwtTokenIssuer(SigningKeyProvider keys, JwtOptions options, TimeProvider clock) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(AppUser user)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.LifetimeMinutes);
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, user.Id),
            new(PlatformClaims.Name, user.UserName!),
            new(PlatformClaims.Role, user.Role),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
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
        return (token, expires);
    }
}
