using System.Buffers;
using System.Text;
using CreditLoan.Application.Features.CreditData;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Opens a CSV or JSON-lines file as text in its encoding, without reading the whole file: a byte-order mark decides; else the
/// chosen encoding; else (auto) the first <see cref="SniffBytes"/> bytes: valid UTF-8 → UTF-8, anything else → GB18030 (a
/// superset of GBK and GB2312). Bytes the chosen decoder cannot read become U+FFFD, so the row holding them is refused with
/// its line (a GBK character after the first 64 KiB of an otherwise ASCII file is such a case: choose GB18030 then).
/// </summary>
internal static class TextDecoding
{
    public const int SniffBytes = 64 * 1024;

    /// <summary>What both decoders put in place of bytes they cannot read.</summary>
    public const char Unreadable = '\uFFFD';

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(Unreadable.ToString()));
    }

    /// <summary>The text of <paramref name="content"/> and whether it is read as UTF-8 (false: GB18030).</summary>
    public static async Task<(TextReader Reader, bool Utf8)> OpenAsync(Stream content, ImportEncoding choice, CancellationToken ct)
    {
        var prefix = new byte[SniffBytes];
        var n = await content.ReadAtLeastAsync(prefix, SniffBytes, throwOnEndOfStream: false, ct);
        var head = prefix.AsMemory(0, n);
        var utf8 = head.Span.StartsWith(Encoding.UTF8.Preamble) || choice switch
        {
            ImportEncoding.Utf8 => true,
            ImportEncoding.Gb18030 => false,
            _ => IsUtf8(head.Span, final: n < SniffBytes),
        };
        // StreamReader skips a UTF-8 (or UTF-16) byte-order mark itself; GB18030's mark (84 31 95 33) is read as U+FEFF, which the readers drop
        var reader = new StreamReader(new PrefixedStream(head, content), utf8 ? Utf8 : Gb18030, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return (reader, utf8);
    }

    /// <summary>Valid UTF-8, allowing a character cut at the end of a prefix that is not the whole file.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> bytes, bool final)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: final);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static Application.Features.CreditData.ImportRowProblem UnreadableRow(bool utf8) => utf8
        ? Application.Features.CreditData.ImportRowProblem.NotUtf8(UnreadableReason(true))
        : Application.Features.CreditData.ImportRowProblem.NotGb18030(UnreadableReason(false));

    public static string UnreadableReason(bool utf8) => utf8
        ? "The row has bytes that are not UTF-8 (the file is read as UTF-8: it has a UTF-8 byte-order mark, UTF-8 was chosen, or its first 64 KB are UTF-8); choose the encoding GB18030/GBK, or save the file as UTF-8, and import it again."
        : "The row has bytes that are not GB18030/GBK (the file is read as GB18030: GB18030 was chosen, or its first 64 KB are not UTF-8); choose the file's encoding, or save it as UTF-8, and import it again.";
}

/// <summary>The bytes already read to detect the encoding, then the rest of the stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix.IsEmpty) return await rest.ReadAsync(buffer, cancellationToken);
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
