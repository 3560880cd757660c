using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace CreditLoan.Infrastructure.Hosting;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (they protect the portal's cookies and antiforgery
/// tokens and are kept in the database): <c>DataProtection:CertificatePath</c> (a PFX with its private key) and
/// <c>DataProtection:CertificatePassword</c> from configuration; without them, one is generated at first start and kept
/// as <c>dataprotection.pfx</c> (0600) in the data directory. Every instance of a cluster must use the same certificate,
/// like the token signing key (docs/operations.md).
/// </summary>
public static class KeyEncryption
{
    public const string FileName = "dataprotection.pfx";

    public static X509Certificate2 Certificate(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["DataProtection:CertificatePath"];
        var password = configuration["DataProtection:CertificatePassword"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Usable(X509CertificateLoader.LoadPkcs12FromFile(configured, password), configured);
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path)) return Usable(X509CertificateLoader.LoadPkcs12FromFile(path, null), path);
        PrivateFiles.Directory(dataDirectory);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=CreditLoan Data Protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        PrivateFiles.Write(path, created.Export(X509ContentType.Pfx));
        return X509CertificateLoader.LoadPkcs12FromFile(path, null);
    }

    private static X509Certificate2 Usable(X509Certificate2 certificate, string path) => certificate.HasPrivateKey
        ? certificate
        : throw new InvalidOperationException($"{path}: the Data Protection certificate must include its private key (a PFX).");
}
