using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using MiniExcelLibs;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Rows of an XLSX workbook's first sheet (MiniExcel reads it row by row), laid out as the CSV: row 1 is the header, and a
/// row's line is its row number in the sheet. Cells become the CSV's text: Excel dates (or date-numbers in a date column)
/// yyyy-MM-dd, whole numbers without exponent or ".0" (a code such as a division code typed as a number), booleans true/false.
/// </summary>
internal static class XlsxSource
{
    /// <summary>Excel keeps 15 significant digits of a number; a longer code stored as a number has lost its tail.</summary>
    private const double ExactDigits = 1e15;

    public static async IAsyncEnumerable<SourceRow> Read(Stream content, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct)
    {
        // a zip file is read from its end: an upload is spooled to a temporary file first (never to memory)
        await using var spool = content.CanSeek ? null : new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var book = content;
        if (spool is not null)
        {
            await content.CopyToAsync(spool, 1 << 16, ct);
            spool.Position = 0;
            book = spool;
        }
        var dateColumns = columns.Select(CreditDatasets.IsDateColumn).ToArray();
        using var rows = Open(book).GetEnumerator();
        if (!Next(rows))
            throw new FieldValidationException("header", $"The first sheet is empty; expected the header in row 1: {string.Join(',', columns)}");
        var header = Cells(rows.Current);
        var names = header.Select(c => Text(c, date: false).Value?.Trim() ?? "").ToList();
        while (names.Count > 0 && names[^1].Length == 0) names.RemoveAt(names.Count - 1);
        if (!names.SequenceEqual(columns))
            throw new FieldValidationException("header",
                $"Wrong header in row 1 of the first sheet '{string.Join(',', names)}'; expected exactly: {string.Join(',', columns)}");

        long line = 1;
        while (Next(rows))
        {
            ct.ThrowIfCancellationRequested();
            line++;
            var cells = Cells(rows.Current);
            var last = Array.FindLastIndex(cells, c => c is not null && (c is not string s || !string.IsNullOrWhiteSpace(s)));
            if (last < 0) continue; // an empty row
            if (last >= columns.Count)
            {
                yield return new SourceRow(line, null, Application.Features.CreditData.ImportRowProblem.FieldCount(columns.Count, $"a value in column {ColumnName(last)}"));
                continue;
            }
            var fields = new string?[columns.Count];
            Application.Features.CreditData.ImportRowProblem? error = null;
            for (var i = 0; i < columns.Count && error is null; i++)
            {
                var (value, problem) = Text(i < cells.Length ? cells[i] : null, dateColumns[i]);
                fields[i] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
                if (problem is not null) error ??= Application.Features.CreditData.ImportRowProblem.TooManyDigits(columns[i], $"{columns[i]} {problem}");
            }
            yield return error is null ? new SourceRow(line, fields, null) : new SourceRow(line, null, error);
        }
    }

    private static IEnumerable<object?> Open(Stream book) => MiniExcel.Query(book, useHeaderRow: false, excelType: ExcelType.XLSX);

    /// <summary>The next row; a file that is not a workbook is the whole batch's problem.</summary>
    private static bool Next(IEnumerator<object?> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or KeyNotFoundException or FileNotFoundException)
        {
            throw new FieldValidationException("file", $"The file is not a readable XLSX workbook ({ex.Message}); save it from Excel as .xlsx, or send a CSV.");
        }
    }

    private static object?[] Cells(object? row) =>
        row is IDictionary<string, object?> cells ? [.. cells.Values] : [];

    private static string ColumnName(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";

    /// <summary>A cell as the CSV would hold it, or why it cannot be read.</summary>
    internal static (string? Value, string? Problem) Text(object? cell, bool date) => cell switch
    {
        null => (null, null),
        string s => (s, null),
        DateTime d => (d.TimeOfDay == TimeSpan.Zero || date ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), null),
        DateOnly d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null),
        bool b => (b ? "true" : "false", null),
        double n => Number(n, date),
        float n => Number(n, date),
        decimal n => Number((double)n, date),
        int or long or short => Number(Convert.ToDouble(cell, CultureInfo.InvariantCulture), date),
        IFormattable f => (f.ToString(null, CultureInfo.InvariantCulture), null),
        _ => (cell.ToString(), null),
    };

    private static (string? Value, string? Problem) Number(double n, bool date)
    {
        if (date)
        {
            // a date cell whose format Excel's reader did not know as a date: the serial day number (1900 system)
            return n is >= 1 and < 2958466 && n == Math.Floor(n)
                ? (DateOnly.FromDateTime(DateTime.FromOADate(n)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                : (n.ToString(CultureInfo.InvariantCulture), null);
        }
        if (n == Math.Floor(n))
        {
            if (Math.Abs(n) >= ExactDigits)
                return (null, $"is stored in Excel as a number ({n.ToString("0.##############E+0", CultureInfo.InvariantCulture)}), which keeps only 15 digits; " +
                    "format the column as text (文本) and enter the value again.");
            return (n.ToString("0", CultureInfo.InvariantCulture), null);
        }
        return (((decimal)n).ToString(CultureInfo.InvariantCulture), null);
    }
}
