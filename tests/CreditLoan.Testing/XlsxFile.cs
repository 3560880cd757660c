using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace CreditLoan.Testing;

/// <summary>
/// A minimal XLSX workbook written by hand, as Excel stores one: only the rows given (sparse, with their own row numbers),
/// strings inline, numbers as numbers (a <see cref="DateOnly"/> as Excel's day number in a date-formatted cell), booleans.
/// </summary>
public static class XlsxFile
{
    public static byte[] Build(params (int Row, object?[] Cells)[] rows)
    {
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        foreach (var (row, cells) in rows)
        {
            sheet.Append($"<row r=\"{row}\">");
            for (var i = 0; i < cells.Length; i++)
            {
                var r = $"{(char)('A' + i)}{row}";
                sheet.Append(cells[i] switch
                {
                    null => "",
                    string s => $"<c r=\"{r}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(s)}</t></is></c>",
                    bool b => $"<c r=\"{r}\" t=\"b\"><v>{(b ? 1 : 0)}</v></c>",
                    DateOnly d => $"<c r=\"{r}\" s=\"1\"><v>{d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>",
                    IFormattable n => $"<c r=\"{r}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>",
                    var other => throw new ArgumentException($"cannot write {other.GetType()}"),
                });
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");

        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Add("xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return stream.ToArray();
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
