using CreditLoan.Application.Features.Consents;
using CreditLoan.Domain.Consents;
using Microsoft.Net.Http.Headers;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;

namespace CreditLoan.Web.Endpoints;

/// <summary>
/// The multipart form of <c>POST /api/stations/{id}/assisted-registrations</c> (as the OpenAPI document shows it), read by hand so
/// that a missing or unreadable part is a 400 naming the field, and the scan is read no further than one byte over its limit.
/// </summary>
public sealed record AssistedRegistrationForm(string CreditCode, string Phone, string PrincipalName, string PrincipalIdNumber, IFormFile File)
{
    /// <summary>The scan's 5 MB and the fields, with room for the multipart framing; over it Kestrel answers 413.</summary>
    public const long BodyLimit = AuthorisationScan.MaxBytes + 1024 * 1024;

    public static async Task<RegisterAssistedCommand> ReadAsync(Guid stationId, HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw new FieldValidationException("body", "Send multipart/form-data with creditCode, phone, principalName, principalIdNumber and file.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            throw new FieldValidationException("body", "The multipart body could not be read.");
        }
        string Field(string name) => form[name].ToString().Trim();
        byte[]? content = null;
        string? fileName = null;
        if (form.Files.GetFile("file") is { } file)
        {
            fileName = file.FileName;
            await using var stream = file.OpenReadStream();
            content = await ReadAtMostAsync(stream, AuthorisationScan.MaxBytes + 1, ct);
        }
        return new RegisterAssistedCommand(stationId, Field("creditCode").ToUpperInvariant(), Field("phone"), Field("principalName"),
            Field("principalIdNumber").ToUpperInvariant(), fileName, content);
    }

    /// <summary>At most <paramref name="limit"/> bytes: enough to tell the validator the file is too large without holding all of it.</summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    /// <summary>
    /// The scan as a download (the API) or shown in the browser (the portal's images); sandboxed and never sniffed, since it is
    /// a file someone uploaded.
    /// </summary>
    public static IResult Download(AuthorisationScanFile scan, bool inline) => new ScanResult(scan, inline && scan.ContentType.StartsWith("image/", StringComparison.Ordinal));

    private sealed class ScanResult(AuthorisationScanFile scan, bool inline) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
            disposition.SetHttpFileName(scan.FileName);
            http.Response.ContentType = scan.ContentType;
            http.Response.ContentLength = scan.Content.Length;
            http.Response.Headers.ContentDisposition = disposition.ToString();
            http.Response.Headers["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            await http.Response.Body.WriteAsync(scan.Content, http.RequestAborted);
        }
    }
}
