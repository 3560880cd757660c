namespace CreditLoan.Domain.Places;

/// <summary>A GB/T 4754-2017 section (门类, <c>A</c>) or division (大类, <c>A03</c>) with its name and its section's.</summary>
public sealed record Industry(string Code, string Name, string Section, string SectionName)
{
    public bool IsSection => Code.Length == 1;
}

/// <summary>GB/T 4754-2017 国民经济行业分类: its 20 sections and 97 divisions (embedded; docs/reference-data.md).</summary>
public static class Industries
{
    private static readonly Lazy<(IReadOnlyList<Industry> All, Dictionary<string, Industry> ByCode)> Table = new(() =>
    {
        using var resource = typeof(Industries).Assembly.GetManifestResourceStream("places.industries-gbt4754-2017.csv")
            ?? throw new InvalidOperationException("The industry table is not embedded in the build.");
        using var reader = new StreamReader(resource);
        reader.ReadLine();
        var all = new List<Industry>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            all.Add(new Industry(f[0], f[1], f[2], f[3]));
        }
        return (all, all.ToDictionary(i => i.Code, StringComparer.Ordinal));
    });

    /// <summary>Sections and divisions in the standard's order (each section followed by its divisions).</summary>
    public static IReadOnlyList<Industry> All => Table.Value.All;

    public static Industry? Find(string? code) => code is not null && Table.Value.ByCode.TryGetValue(code, out var i) ? i : null;

    /// <summary>The name of a section or division code, or null for a code the standard does not have.</summary>
    public static string? NameOf(string? code) => Find(code)?.Name;

    public static bool Exists(string? code) => Find(code) is not null;
}
