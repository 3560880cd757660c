using CreditLoan.Domain.Places;

namespace CreditLoan.Web.Demo;

/// <summary>Dingzhou (定州市, 130682) as the national division table has it: 25 townships and 542 villages.</summary>
public sealed class DemoDivisions
{
    public const string County = "130682";

    private readonly DivisionTable _table = DivisionTable.Shipped;
    private readonly Dictionary<string, List<(string Code, string Name)>> _villages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _townshipNames = new(StringComparer.Ordinal);

    public DemoDivisions()
    {
        foreach (var t in _table.ChildrenOf(_table.IndexOf(County)))
        {
            var code = _table.CodeAt(t);
            _townshipNames[code] = _table.NameAt(t);
            _villages[code] = _table.ChildrenOf(t).Select(v => (_table.CodeAt(v), _table.NameAt(v))).ToList();
        }
        Townships = [.. _townshipNames.Keys.Order(StringComparer.Ordinal)];
        // the four 街道 are the town itself; the 镇 and 乡 are the countryside
        UrbanTownships = Townships.Where(t => _townshipNames[t].EndsWith("街道", StringComparison.Ordinal)).ToList();
        RuralTownships = Townships.Except(UrbanTownships).ToList();
    }

    public IReadOnlyList<string> Townships { get; }
    public IReadOnlyList<string> UrbanTownships { get; }
    public IReadOnlyList<string> RuralTownships { get; }

    public IReadOnlyList<string> VillagesOf(string township) => _villages[township].Select(v => v.Code).ToList();

    public IEnumerable<(string Code, string Name)> AllVillages => Townships.SelectMany(t => _villages[t]);

    public string TownshipName(string township) => _townshipNames[township];

    /// <summary>How an enterprise's name places it: 清风店镇, or 南城区 for 南城区街道.</summary>
    public string PlaceName(string township) =>
        _townshipNames[township] is var name && name.EndsWith("街道", StringComparison.Ordinal) ? name[..^2] : name;

    public string VillageName(string village) => CountyNames.Village(_villages[village[..9]].First(v => v.Code == village).Name);
}
