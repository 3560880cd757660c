using System.IO.Compression;
using System.Text;

namespace CreditLoan.Domain.Places;

/// <summary>
/// An immutable, compact table of divisions (CSV <c>code,name,parentCode</c>), ordered by code as text so that every
/// division's descendants follow it in one run. The whole country to the village (665,276 rows) takes about 25 MB:
/// codes as numbers, all names in one string, and where each subtree ends. The 2023 edition ships embedded
/// (<c>divisions-2023.csv.gz</c>, docs/reference-data.md) and is read once per process, on first use.
/// </summary>
public sealed class DivisionTable
{
    public const string ShippedEdition = "2023";
    private const char Separator = '\u0001';
    private static readonly Lazy<DivisionTable> ShippedTable = new(() =>
    {
        using var resource = typeof(DivisionTable).Assembly.GetManifestResourceStream("places.divisions-2023.csv.gz")
            ?? throw new InvalidOperationException("The division table is not embedded in the build.");
        using var csv = new GZipStream(resource, CompressionMode.Decompress);
        return Read(csv).Table;
    });

    private readonly long[] _codes;
    private readonly int[] _nameStart;
    private readonly int[] _subtreeEnd;
    private readonly string _names;

    private DivisionTable(long[] codes, int[] nameStart, string names)
    {
        _codes = codes;
        _nameStart = nameStart;
        _names = names;
        _subtreeEnd = new int[codes.Length];
        var open = new Stack<int>();
        for (var i = 0; i < codes.Length; i++)
        {
            while (open.Count > 0 && !IsWithin(i, open.Peek())) _subtreeEnd[open.Pop()] = i;
            open.Push(i);
        }
        while (open.Count > 0) _subtreeEnd[open.Pop()] = codes.Length;
    }

    /// <summary>The edition shipped with the build, read on first use and shared by the whole process.</summary>
    public static DivisionTable Shipped => ShippedTable.Value;

    public static bool ShippedLoaded => ShippedTable.IsValueCreated;

    public int Count => _codes.Length;

    public string CodeAt(int i) => _codes[i].ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NameAt(int i) => _names.Substring(_nameStart[i], _nameStart[i + 1] - _nameStart[i] - 1);

    public DivisionLevel LevelAt(int i) => DivisionCodes.LevelOf(CodeAt(i))!.Value;

    /// <summary>The row of a code, or −1.</summary>
    public int IndexOf(string? code)
    {
        if (DivisionCodes.LevelOf(code) is null || code![0] == '0') return -1;
        int lo = 0, hi = _codes.Length - 1;
        Span<char> buffer = stackalloc char[20];
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            _codes[mid].TryFormat(buffer, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            var cmp = buffer[..written].SequenceCompareTo(code.AsSpan());
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The rows directly under a row (−1: the provinces).</summary>
    public IEnumerable<int> ChildrenOf(int i)
    {
        var end = i < 0 ? _codes.Length : _subtreeEnd[i];
        for (var j = i + 1; j < end; j = _subtreeEnd[j]) yield return j;
    }

    /// <summary>Rows whose name contains <paramref name="text"/>, in code order, within a row's subtree (−1: everywhere).</summary>
    public IEnumerable<int> Search(string text, int within = -1)
    {
        if (string.IsNullOrEmpty(text) || text.Contains(Separator)) yield break;
        var from = within < 0 ? 0 : within;
        var end = within < 0 ? _codes.Length : _subtreeEnd[within];
        var stop = _nameStart[end];
        var pos = _nameStart[from];
        while (pos < stop)
        {
            var hit = _names.IndexOf(text, pos, stop - pos, StringComparison.Ordinal);
            if (hit < 0) yield break;
            var row = Array.BinarySearch(_nameStart, hit);
            if (row < 0) row = ~row - 1;
            yield return row;
            pos = _nameStart[row + 1];
        }
    }

    private bool IsWithin(int i, int ancestor)
    {
        long code = _codes[i], top = _codes[ancestor];
        if (code < top) return false;
        while (code > top) code /= 10;
        return code == top && _codes[i] != top;
    }

    /// <summary>
    /// Reads a CSV with the header <c>code,name,parentCode</c> (UTF-8, gzip or plain). Rows that are not a division
    /// (a bad code, an empty name, a parent that is not the code's prefix, a repeated code) are skipped and reported with
    /// their line.
    /// </summary>
    public static (DivisionTable Table, IReadOnlyList<string> Problems) Read(Stream csv)
    {
        var rows = new List<(long Code, string Name)>(700_000);
        var problems = new List<string>();
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = reader.ReadLine();
        if (header is null || !header.Replace(" ", "").StartsWith("code,name,parentCode", StringComparison.OrdinalIgnoreCase))
            throw new FormatException("The file's first line must be the header code,name,parentCode.");
        var line = 1;
        var sorted = true;
        string? previous = null;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var first = text.IndexOf(',');
            var second = first < 0 ? -1 : text.IndexOf(',', first + 1);
            var code = Field(first < 0 ? text : text[..first]);
            var name = first < 0 ? "" : Field(second < 0 ? text[(first + 1)..] : text[(first + 1)..second]);
            var parent = second < 0 ? "" : Field(text[(second + 1)..]);
            if (DivisionCodes.LevelOf(code) is null || code[0] == '0') problems.Add($"line {line}: code {code} is not a 2, 4, 6, 9 or 12-digit division code");
            else if (name.Length == 0 || name.Length > 100 || name.Any(char.IsControl)) problems.Add($"line {line}: {code} has no usable name");
            else if ((DivisionCodes.ParentOf(code) ?? "") != parent) problems.Add($"line {line}: {code}'s parentCode must be {DivisionCodes.ParentOf(code) ?? "empty"}");
            else
            {
                if (previous is not null && string.CompareOrdinal(previous, code) >= 0) sorted = false;
                previous = code;
                rows.Add((long.Parse(code, System.Globalization.CultureInfo.InvariantCulture), name));
            }
        }
        if (!sorted)
            rows.Sort((a, b) => string.CompareOrdinal(a.Code.ToString(System.Globalization.CultureInfo.InvariantCulture),
                b.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var codes = new long[rows.Count];
        var starts = new int[rows.Count + 1];
        var names = new StringBuilder(rows.Count * 8);
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (kept > 0 && codes[kept - 1] == rows[i].Code)
            {
                problems.Add($"{rows[i].Code} appears more than once; the first row is kept");
                continue;
            }
            codes[kept] = rows[i].Code;
            starts[kept] = names.Length;
            names.Append(rows[i].Name).Append(Separator);
            kept++;
        }
        starts[kept] = names.Length;
        return (new DivisionTable(codes[..kept], starts[..(kept + 1)], names.ToString()), problems);
    }

    private static string Field(string text) => text.Trim().Trim('"').Trim();
}
