using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CreditLoan.Web.Endpoints;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// A table as people read it (the portal's downloads): title lines (what, whose, which days, the unit), one header row in the
/// reader's language, the rows, a totals row, and a note on how the totals were made. Written as XLSX, or as CSV in UTF-8 with a
/// byte-order mark (Excel opens the Chinese correctly) holding the same lines. The API's machine exports are not written here.
/// </summary>
public sealed record TitledReport(string FileName, string Sheet, IReadOnlyList<string> Title, IReadOnlyList<string> Header,
    IReadOnlyList<object?[]> Rows, object?[]? Totals, string? Note)
{
    /// <summary>Every line of the sheet, top to bottom.</summary>
    public IReadOnlyList<object?[]> Lines()
    {
        var lines = new List<object?[]>();
        lines.AddRange(Title.Select(t => new object?[] { t }));
        lines.Add([.. Header]);
        lines.AddRange(Rows);
        if (Totals is not null) lines.Add(Totals);
        if (Note is not null) lines.Add([Note]);
        return lines;
    }

    public IResult File(bool xlsx) => xlsx ? Workbook(FileName, [(Sheet, Lines())]) : Csv();

    /// <summary>Sheets of lines, written as they are (no header row of field names); the file named for people (Content-Disposition with filename*).</summary>
    public static IResult Workbook(string fileName, IEnumerable<(string Sheet, IReadOnlyList<object?[]> Rows)> sheets) =>
        StatsEndpoints.Export.Workbook(SafeName(fileName), sheets);

    private IResult Csv()
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None }))
        {
            foreach (var line in Lines())
            {
                foreach (var cell in line) csv.WriteField(Text(cell));
                csv.NextRecord();
            }
        }
        stream.Position = 0;
        return Results.File(stream, "text/csv; charset=utf-8", SafeName(FileName) + ".csv");
    }

    /// <summary>
    /// A cell as CSV text: numbers in invariant form (a negative change stays a number), amounts with two decimals; a text that a
    /// spreadsheet would run as a formula (= + - @, a tab or a carriage return first) gets a leading apostrophe, so a bank named
    /// "=HYPERLINK(…)" stays a name.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.00##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s when s.Length > 0 && "=+-@\t\r".Contains(s[0]) => "'" + s,
        _ => value.ToString() ?? "",
    };

    /// <summary>A file name without the characters file systems refuse.</summary>
    private static string SafeName(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c));
}
