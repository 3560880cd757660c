using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditLoan.Infrastructure.Identity;

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
        Persistence.PrivateFiles.Directory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(64);
        Persistence.PrivateFiles.Write(path, Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
        logger.LogWarning("No Jwt:SigningKey configured: generated one and kept it in {Path}. Share one key across instances.", path);
        return key;
    }

    private static byte[]? TryBase64(string s)
    {
        var buffer = new byte[s.Length];
        return Convert.TryFromBase64String(s, buffer, out var n) && n >= 32 ? buffer[..n] : null;
    }
}
