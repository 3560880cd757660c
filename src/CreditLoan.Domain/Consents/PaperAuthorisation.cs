using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Consents;

/// <summary>
/// The paper authorisation (授权委托书) a villager signed so that a station's agents act for them (帮办代办): who signed it
/// (name, resident identity number, mobile phone — the contact for everything sent to the enterprise), the station, the
/// agent who recorded it, and the scan or photo of the paper (<see cref="AuthorisationScan"/>, stored beside it).
/// </summary>
public sealed class PaperAuthorisation : Entity
{
    private PaperAuthorisation() { }

    /// <summary>Records the paper for an enterprise and a station; the scan must be a JPEG, PNG or PDF of at most 5 MB.</summary>
    public static (PaperAuthorisation Authorisation, AuthorisationScan Scan) Record(Guid enterpriseId, Guid stationId, string principalName,
        string principalIdNumber, string phone, string fileName, byte[] content, string recordedBy, DateTimeOffset recordedAt)
    {
        if (!Identifiers.IsValidMobile(phone)) throw new DomainException("phone is not a valid mobile number.") { Code = "MobileInvalid" };
        if (!Identifiers.IsValidIdNumber(principalIdNumber))
            throw new FieldRuleException("principalIdNumber", "principalIdNumber is not a valid resident identity number.") { Code = "IdNumberInvalid" };
        var type = AuthorisationScan.ContentTypeOf(content)
                   ?? throw new FieldRuleException("file", "The authorisation must be a JPEG or PNG photo or a PDF scan.") { Code = "ScanTypeRefused" };
        if (content.Length > AuthorisationScan.MaxBytes)
            throw new FieldRuleException("file", $"The authorisation is over {AuthorisationScan.MaxBytes} bytes.") { Code = "ScanTooLarge", Values = ["5"] };
        var authorisation = new PaperAuthorisation
        {
            EnterpriseId = enterpriseId,
            StationId = stationId,
            PrincipalName = principalName.Trim(),
            PrincipalIdNumber = principalIdNumber.ToUpperInvariant(),
            Phone = phone,
            FileName = AuthorisationScan.SafeName(fileName, type),
            ContentType = type,
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
            RecordedBy = recordedBy,
            RecordedAt = recordedAt,
        };
        return (authorisation, new AuthorisationScan(authorisation.Id, content));
    }

    public Guid EnterpriseId { get; private set; }
    public Guid StationId { get; private set; }

    /// <summary>The villager who signed (委托人): the individual business's operator, or the one who signs for the enterprise.</summary>
    public string PrincipalName { get; private set; } = "";

    /// <summary>Kept for identifying the signer; shown masked (<see cref="Identifiers.Mask"/>).</summary>
    public string PrincipalIdNumber { get; private set; } = "";

    public string Phone { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public int Length { get; private set; }

    /// <summary>The scan's SHA-256 (hex): shows later that the stored file is the one recorded.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The agent's audit name ("userName (id)").</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>The bytes of a paper authorisation's scan or photo, in a table of their own so that lists never load them.</summary>
public sealed class AuthorisationScan
{
    /// <summary>5 MB: a phone's photo of an A4 page, or a scanned PDF of a few pages.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private AuthorisationScan() { }

    public AuthorisationScan(Guid authorisationId, byte[] content) => (AuthorisationId, Content) = (authorisationId, content);

    public Guid AuthorisationId { get; private set; }
    public byte[] Content { get; private set; } = [];

    /// <summary>
    /// The type the file's first bytes show (its magic number), whatever its name or the browser claims: image/jpeg (FF D8 FF),
    /// image/png (89 50 4E 47 0D 0A 1A 0A) or application/pdf (%PDF-); null for anything else, an empty file included.
    /// </summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : content.StartsWith("%PDF-"u8) ? "application/pdf"
        : null;

    /// <summary>The name the download carries: the uploaded name without a path or control characters, with the type's extension.</summary>
    public static string SafeName(string? fileName, string contentType)
    {
        var extension = contentType switch { "image/jpeg" => ".jpg", "image/png" => ".png", _ => ".pdf" };
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or ';')).ToArray()).Trim();
        if (name.Length == 0) name = "授权委托书";
        return (name.Length > 80 ? name[..80] : name) + extension;
    }
}
