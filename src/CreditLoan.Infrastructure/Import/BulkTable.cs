using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CreditLoan.Infrastructure.Import;

public enum ColumnKind { Text, Int, Decimal, Date, Bool, Instant }

/// <param name="Increment">On conflict the stored value is incremented instead of replaced (a revision counter).</param>
public sealed record BulkColumn(string Name, ColumnKind Kind, bool Key = false, bool Increment = false);

/// <summary>A table written in bulk: its columns (keys first), read back and compared before writing.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public IEnumerable<BulkColumn> Keys => Columns.Where(c => c.Key);

    /// <summary>Column positions that identify a row (the key).</summary>
    public int[] KeyIndexes { get; } = Columns.Select((c, i) => (c, i)).Where(x => x.c.Key).Select(x => x.i).ToArray();

    /// <summary>A value's canonical text, equal for equal values whatever the provider returned.</summary>
    public static string Canonical(ColumnKind kind, object? value) => value switch
    {
        null or DBNull => "\0",
        _ => kind switch
        {
            ColumnKind.Date => value switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            },
            ColumnKind.Decimal => (value is decimal m ? m : decimal.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture))
                .ToString("0.00########", CultureInfo.InvariantCulture),
            ColumnKind.Bool => value switch
            {
                bool b => b ? "1" : "0",
                _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? "1" : "0",
            },
            ColumnKind.Int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        },
    };

    public string KeyOf(object?[] row) => string.Join('\u001f', KeyIndexes.Select(i => Canonical(Columns[i].Kind, row[i])));

    /// <summary>The canonical text of the columns that matter for "did it change" (not the batch bookkeeping).</summary>
    public string ContentOf(object?[] row, int compareCount) =>
        string.Join('\u001f', Enumerable.Range(0, compareCount).Select(i => Canonical(Columns[i].Kind, row[i])));
}
