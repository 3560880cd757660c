using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;
using CsvHelper;
using CsvHelper.Configuration;

namespace CreditLoan.Infrastructure.Import;

/// <summary>One data row, its fields in the dataset's column order (null = empty cell), or why it could not be read.</summary>
internal readonly record struct SourceRow(long Line, string?[]? Fields, Application.Features.CreditData.ImportRowProblem? Error);

/// <summary>Streams rows from CSV (RFC 4180, header row) or JSON lines, never holding the file in memory.</summary>
internal static class RecordSources
{
    /// <summary>A byte-order mark the decoder left in (GB18030's).</summary>
    private const char Bom = '\uFEFF';

    public static async IAsyncEnumerable<SourceRow> Read(Stream content, Application.Features.CreditData.ImportFormat format,
        Application.Features.CreditData.ImportEncoding encoding, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct)
    {
        if (format == Application.Features.CreditData.ImportFormat.Xlsx)
        {
            await foreach (var row in XlsxSource.Read(content, columns, ct)) yield return row;
            yield break;
        }
        var (reader, utf8) = await TextDecoding.OpenAsync(content, encoding, ct);
        using (reader)
        {
            var rows = format == Application.Features.CreditData.ImportFormat.Csv ? ReadCsv(reader, utf8, columns, ct) : ReadJsonLines(reader, utf8, columns, ct);
            await foreach (var row in rows) yield return row;
        }
    }

    private static async IAsyncEnumerable<SourceRow> ReadCsv(TextReader reader, bool utf8, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct)
    {
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData ??= "has a stray quote in an unquoted field",
            BufferSize = 1 << 16,
        };
        using var parser = new CsvParser(reader, config);
        if (!await parser.ReadAsync())
            throw new FieldValidationException("header", $"The file is empty; expected the header: {string.Join(',', columns)}");
        var header = parser.Record ?? [];
        if (!header.Select((h, i) => i == 0 ? h.TrimStart(Bom).Trim() : h.Trim()).SequenceEqual(columns))
            throw new FieldValidationException("header",
                $"Wrong header '{string.Join(',', header)}'; expected exactly: {string.Join(',', columns)}");

        while (await parser.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var line = parser.RawRow;
            if (badData is not null)
            {
                yield return new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.NotReadable($"Row {badData}."));
                badData = null;
                continue;
            }
            var count = parser.Count;
            if (count == 1 && string.IsNullOrEmpty(parser[0])) continue; // blank line
            if (count != columns.Count)
            {
                yield return new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.FieldCount(columns.Count, count.ToString()));
                continue;
            }
            var fields = new string?[count];
            var notUtf8 = false;
            for (var i = 0; i < count; i++)
            {
                var value = parser[i];
                notUtf8 |= value.Contains(TextDecoding.Unreadable);
                fields[i] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
            yield return notUtf8 ? new SourceRow(line, null, TextDecoding.UnreadableRow(utf8)) : new SourceRow(line, fields, null);
        }
    }

    private static async IAsyncEnumerable<SourceRow> ReadJsonLines(TextReader reader, bool utf8, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct)
    {
        long line = 0;
        while (await reader.ReadLineAsync(ct) is { } read)
        {
            line++;
            var text = line == 1 ? read.TrimStart(Bom) : read;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (text.Contains(TextDecoding.Unreadable))
            {
                yield return new SourceRow(line, null, TextDecoding.UnreadableRow(utf8));
                continue;
            }
            SourceRow row;
            try
            {
                using var doc = JsonDocument.Parse(text);
                row = doc.RootElement.ValueKind == JsonValueKind.Object
                    ? FromObject(line, doc.RootElement, columns)
                    : new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.NotReadable("The line is not a JSON object."));
            }
            catch (JsonException ex)
            {
                row = new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.NotReadable($"Malformed JSON: {ex.Message}"));
            }
            yield return row;
        }
    }

    private static SourceRow FromObject(long line, JsonElement obj, IReadOnlyList<string> columns)
    {
        var fields = new string?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (!obj.TryGetProperty(columns[i], out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    var s = value.GetString();
                    fields[i] = string.IsNullOrWhiteSpace(s) ? null : s.Trim();
                    break;
                case JsonValueKind.Number:
                    fields[i] = value.GetRawText();
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    fields[i] = value.GetRawText();
                    break;
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    break;
                default:
                    return new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.NotReadable($"{columns[i]} must be a string, number or boolean."));
            }
        }
        return new SourceRow(line, fields, null);
    }
}

/// <summary>Reports how many bytes have been read, for progress bars.</summary>
internal sealed class ProgressStream(Stream inner, IProgress<long> progress) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Advance(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Advance(int n)
    {
        _read += n;
        progress.Report(_read);
        return n;
    }
}
