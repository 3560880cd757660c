using System.Security.Claims;
using CreditLoan.Infrastructure.Identity;
using CreditLoan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditLoan.Web.Tests;

/// <summary>Tokens a test makes with the platform's own signing key, to see which the platform refuses.</summary>
internal static class Tokens
{
    public static string Sign(CreditLoanApp app, IDictionary<string, object> claims, string algorithm = SecurityAlgorithms.HmacSha256,
        bool expires = true)
    {
        var key = app.Services.GetRequiredService<SigningKeyProvider>().Key;
        var now = DateTime.UtcNow;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = JwtOptions.Issuer,
            Audience = JwtOptions.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = expires ? now.AddHours(1) : null,
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return handler.CreateToken(descriptor);
    }

    /// <summary>The claims of a real token (its session id too), to sign again differently.</summary>
    public static Dictionary<string, object> ClaimsOf(string token) =>
        new JsonWebTokenHandler().ReadJsonWebToken(token).Claims
            .Where(c => c.Type is not ("exp" or "nbf" or "iat" or "iss" or "aud"))
            .GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value);
}
