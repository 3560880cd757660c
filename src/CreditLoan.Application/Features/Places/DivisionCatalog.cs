using CreditLoan.Application.Common;
using CreditLoan.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Application.Features.Places;

/// <summary>A division as the platform knows it now: the shipped edition with the later editions imported over it.</summary>
public sealed record DivisionView(string Code, string Name, DivisionLevel Level, string? ParentCode, string? RetiredIn)
{
    public bool Retired => RetiredIn is not null;
}

/// <summary>
/// The divisions: the edition shipped with the build (<see cref="DivisionTable.Shipped"/>, read once per process) with
/// the rows of later editions imported into the <c>divisions</c> table laid over it (new codes, new names, retired codes).
/// Retired codes stay readable (<see cref="Find"/>, <see cref="NameOf"/>) but are no longer offered or accepted.
/// </summary>
public sealed class DivisionCatalog(IServiceScopeFactory scopes)
{
    /// <summary>How long the imported rows are kept before they are read again: an import from the command line, another process, shows within it.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private volatile Imports? _imported;
    private readonly Lock _loading = new();

    private sealed record Imports(Dictionary<string, DivisionRecord> Rows, long ReadAt);

    private static DivisionTable Shipped => DivisionTable.Shipped;

    /// <summary>Forget the imported rows; the next call reads them again (after an import commits).</summary>
    public void Reload() => _imported = null;

    private Dictionary<string, DivisionRecord> Imported
    {
        get
        {
            if (_imported is { } ready && Fresh(ready)) return ready.Rows;
            lock (_loading)
            {
                if (_imported is { } loaded && Fresh(loaded)) return loaded.Rows;
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
                var rows = db.Divisions.AsNoTracking().ToDictionary(d => d.Code, StringComparer.Ordinal);
                _imported = new Imports(rows, Environment.TickCount64);
                return rows;
            }
        }
    }

    private static bool Fresh(Imports imports) => Environment.TickCount64 - imports.ReadAt < Freshness.TotalMilliseconds;

    public DivisionView? Find(string? code)
    {
        if (code is null) return null;
        if (Imported.TryGetValue(code, out var record))
            return new DivisionView(record.Code, record.Name, DivisionCodes.LevelOf(record.Code)!.Value, record.ParentCode, record.RetiredIn);
        var row = Shipped.IndexOf(code);
        return row < 0 ? null : new DivisionView(code, Shipped.NameAt(row), Shipped.LevelAt(row), DivisionCodes.ParentOf(code), null);
    }

    /// <summary>The name of a code (a retired one too), or null when the code is unknown or null.</summary>
    public string? NameOf(string? code) => Find(code)?.Name;

    /// <summary>Whether a code is a current division of one of the given levels.</summary>
    public bool IsCurrent(string? code, params DivisionLevel[] levels) =>
        Find(code) is { Retired: false } d && (levels.Length == 0 || levels.Contains(d.Level));

    /// <summary>Why a code cannot be used as input at one of the given levels (in Chinese), or null when it can.</summary>
    public string? Problem(string? code, params DivisionLevel[] levels)
    {
        var wanted = string.Join("、", levels.Select(DivisionCodes.LevelName));
        var found = Find(code);
        if (found is null) return $"{code} 不是统计用区划代码（应为{wanted}代码）";
        if (found.Retired) return $"{code}（{found.Name}）已于 {found.RetiredIn} 年版撤销";
        if (levels.Length > 0 && !levels.Contains(found.Level))
            return $"{code}（{found.Name}）是{DivisionCodes.LevelName(found.Level)}区划，这里需要{wanted}代码";
        return null;
    }

    /// <summary>The current divisions directly under a code (null: the provinces), in code order.</summary>
    public IReadOnlyList<DivisionView> Children(string? code)
    {
        var imported = Imported;
        var result = new List<DivisionView>();
        var row = code is null ? -1 : Shipped.IndexOf(code);
        if (code is null || row >= 0)
            foreach (var child in Shipped.ChildrenOf(row))
            {
                var view = Find(Shipped.CodeAt(child))!;
                if (!view.Retired && view.ParentCode == code) result.Add(view);
            }
        foreach (var record in imported.Values)
            if (record.RetiredIn is null && record.ParentCode == code && Shipped.IndexOf(record.Code) < 0)
                result.Add(Find(record.Code)!);
        result.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    /// <summary>Current divisions whose name contains the text, within a division's subtree, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<DivisionView> Search(string text, string? within, DivisionLevel? level, int limit)
    {
        var result = new List<DivisionView>();
        var scope = within is null ? -1 : Shipped.IndexOf(within);
        if (within is null || scope >= 0)
            foreach (var row in Shipped.Search(text, scope))
            {
                var view = Find(Shipped.CodeAt(row))!;
                if (view.Retired || (level is not null && view.Level != level) || !view.Name.Contains(text, StringComparison.Ordinal)) continue;
                result.Add(view);
                if (result.Count >= limit) return result;
            }
        foreach (var record in Imported.Values)
        {
            if (result.Count >= limit) break;
            if (record.RetiredIn is null && record.Name.Contains(text, StringComparison.Ordinal) && (within is null || record.Code.StartsWith(within, StringComparison.Ordinal))
                && !ShippedNameContains(record.Code, text) && (level is null || DivisionCodes.LevelOf(record.Code) == level))
                result.Add(Find(record.Code)!);
        }
        return result;
    }

    /// <summary>The name of a township or village code's township (9 digits), or null.</summary>
    public string? TownshipNameOf(string? code) => code is { Length: >= 9 } ? NameOf(code[..9]) : null;

    /// <summary>The name of a 12-digit village code, or null for any other.</summary>
    public string? VillageNameOf(string? code) => code is { Length: 12 } ? NameOf(code) : null;

    private static bool ShippedNameContains(string code, string text) =>
        Shipped.IndexOf(code) is var row and >= 0 && Shipped.NameAt(row).Contains(text, StringComparison.Ordinal);

    /// <summary>"河北省 保定市 定州市": the names from the province down to the division, for pickers and labels.</summary>
    public string PathOf(string code)
    {
        var names = new List<string>();
        for (var c = code; c is not null; c = DivisionCodes.ParentOf(c))
            if (NameOf(c) is { } name && name is not "市辖区" and not "县" and not "省直辖县级行政区划" and not "自治区直辖县级行政区划") names.Insert(0, name);
        return string.Join(' ', names);
    }
}
