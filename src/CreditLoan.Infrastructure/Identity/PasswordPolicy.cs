using System.IO.Compression;
using CreditLoan.Application.Common.Security;
using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Infrastructure.Identity;

/// <summary>
/// The password rules beyond the length (product.md §11): not a common password — 112,130 passwords of 10 or more
/// characters from OWASP SecLists' top million (Identity/Data/SOURCE.md), compared without case — and not containing the
/// user name.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = new List<IdentityError>();
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success); // the length rule speaks
        if (IsCommon(password))
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "The password is on a list of commonly used passwords; choose another." });
        if (user.UserName is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "The password must not contain the user name." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("CreditLoan.Infrastructure.Identity.Data.common-passwords.txt.gz")
                           ?? throw new InvalidOperationException("The common-password list is not embedded in the build.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    }
}
