using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;

namespace CreditLoan.Web.Demo;

/// <summary>How good an enterprise's government credit records are; the scorecard makes grades A, B, C and D of them.</summary>
public enum CreditTier { Good, Fair, Weak, Bad }

/// <summary>One enterprise of the sample county: its registry entry, its credit records, and what it does on the platform.</summary>
public sealed class DemoEnterprise
{
    public required int Index { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; init; }
    public required EnterpriseType Type { get; init; }
    public required string LegalRepresentative { get; init; }
    public required DateOnly EstablishedOn { get; init; }
    public required decimal RegisteredCapital { get; init; }
    public required string Industry { get; init; }
    public required string Village { get; init; }
    public required CreditTier Tier { get; init; }
    public required int Headcount { get; init; }
    public required string Phone { get; init; }
    /// <summary>The registry batch that brings it (0: the platform's first day; later ones, the monthly pushes).</summary>
    public required int RegistryDay { get; init; }
    public string UserName => $"e{CreditCode[8..17].ToLowerInvariant()}";
    public string Township => Village[..9];

    /// <summary>When it registers on the platform; null: it never does.</summary>
    public DateTimeOffset? RegistersAt { get; set; }
    /// <summary>Whether it authorises its village station to act for it (帮办).</summary>
    public bool Delegates { get; set; }
    public CreditGrade Grade { get; set; }
    public Guid Id { get; set; }
    public DemoActor? Actor { get; set; }
}

/// <summary>The county's enterprises: farms, cooperatives and small firms spread over the townships, in plausible industries.</summary>
public static class CountyEnterprises
{
    private sealed record Kind(string Industry, int Count, bool Rural, string[] Templates);

    // GB/T 4754-2017 divisions; {place} is the township, {brand} a trade name
    private static readonly Kind[] Kinds =
    [
        new("A01", 58, true, ["{place}{brand}蔬菜种植专业合作社", "{place}{surname}家庭农场", "{place}{brand}果蔬种植专业合作社", "{place}{brand}粮食种植专业合作社",
            "定州市{brand}农业科技有限公司", "{place}{brand}食用菌种植场"]),
        new("A02", 8, true, ["定州市{brand}苗木种植专业合作社", "{place}{brand}苗圃"]),
        new("A03", 70, true, ["{place}{brand}肉牛养殖场", "{place}{brand}生猪养殖场", "{place}{brand}蛋鸡养殖专业合作社", "{place}{brand}奶牛养殖专业合作社",
            "{place}{brand}肉羊养殖场", "定州市{brand}牧业有限公司"]),
        new("A05", 15, true, ["{place}{brand}农机服务专业合作社", "定州市{brand}植保服务有限公司"]),
        new("C13", 20, false, ["定州市{brand}面粉有限公司", "定州市{brand}饲料有限公司", "定州市{brand}食品加工厂"]),
        new("C14", 10, false, ["定州市{brand}食品有限公司", "定州市{brand}焖子加工厂", "定州市{brand}挂面厂"]),
        new("C24", 25, false, ["定州市{brand}体育用品有限公司", "定州市{brand}体育器材有限公司", "定州市{brand}健身器材厂"]),
        new("C33", 12, false, ["定州市{brand}金属制品有限公司", "定州市{brand}五金厂"]),
        new("C34", 6, false, ["定州市{brand}机械制造有限公司"]),
        new("C36", 10, false, ["定州市{brand}汽车配件有限公司", "定州市{brand}汽车零部件有限公司"]),
        new("E48", 5, false, ["定州市{brand}建筑工程有限公司"]),
        new("F51", 18, false, ["定州市{brand}商贸有限公司", "定州市{brand}农资经销部", "定州市{brand}粮油批发部"]),
        new("F52", 30, false, ["{place}{brand}超市", "定州市{brand}便利店", "{place}{surname}记农资店"]),
        new("G54", 10, false, ["定州市{brand}物流有限公司", "定州市{brand}运输有限公司"]),
        new("H62", 18, false, ["定州市{brand}饭店", "{place}{brand}农家院", "定州市{surname}记驴肉火烧店"]),
        new("O80", 4, false, ["{place}{brand}家政服务部"]),
        new("O81", 6, false, ["定州市{brand}汽车修理厂"]),
    ];

    /// <summary>The cattle farm of the county's story: ¥120,000 from 牧业贷 in under a week.</summary>
    public const string CattleFarmVillage = "130682106208";

    public static List<DemoEnterprise> Build(CountyNames names, DemoDivisions places, DateOnly start)
    {
        var random = names.Random;
        var list = new List<DemoEnterprise>
        {
            New(names, 0, "定州市东亭镇翟城村金牛肉牛养殖场", EnterpriseType.IndividualBusiness, "A03", CattleFarmVillage, CreditTier.Good,
                start.AddYears(-7).AddDays(-40), 0),
        };
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < kind.Count; i++)
            {
                var townships = kind.Rural || random.Next(2) == 0 ? places.RuralTownships : places.UrbanTownships;
                var township = names.Pick(townships);
                var village = names.Pick(places.VillagesOf(township));
                var template = names.Pick(kind.Templates);
                var name = names.Enterprise(template, "定州市" + places.PlaceName(township));
                var type = name.EndsWith("合作社", StringComparison.Ordinal) ? EnterpriseType.Cooperative
                    : name.EndsWith("有限公司", StringComparison.Ordinal) ? EnterpriseType.Company : EnterpriseType.IndividualBusiness;
                var roll = random.Next(100);
                var tier = roll < 40 ? CreditTier.Good : roll < 76 ? CreditTier.Fair : roll < 92 ? CreditTier.Weak : CreditTier.Bad;
                var years = tier switch { CreditTier.Good => random.Next(4, 21), CreditTier.Fair => random.Next(2, 9), _ => random.Next(1, 7) };
                // most come with the registry's first push; a few are founded or first reported later in the year
                var registryDay = list.Count % 11 == 10 ? (list.Count % 2 == 0 ? 120 : 240) : 0;
                list.Add(New(names, list.Count, name, type, kind.Industry, village, tier, start.AddYears(-years).AddDays(-random.Next(30, 330)), registryDay));
            }
        }
        return list;
    }

    private static DemoEnterprise New(CountyNames names, int index, string name, EnterpriseType type, string industry, string village, CreditTier tier,
        DateOnly established, int registryDay)
    {
        var random = names.Random;
        var (capital, headcount) = type switch
        {
            EnterpriseType.Company => (random.Next(5, 101) * 100_000m, random.Next(6, 81)),
            EnterpriseType.Cooperative => (random.Next(2, 41) * 50_000m, random.Next(5, 31)),
            _ => (random.Next(3, 51) * 10_000m, random.Next(1, 6)),
        };
        return new DemoEnterprise
        {
            Index = index, CreditCode = names.CreditCode(type), Name = name, Type = type, LegalRepresentative = names.Person(), EstablishedOn = established,
            RegisteredCapital = capital, Industry = industry, Village = village, Tier = tier, Headcount = headcount, Phone = names.Mobile(), RegistryDay = registryDay,
        };
    }

    /// <summary>The records the government departments push for an enterprise, as the scorecard reads them.</summary>
    public static CreditData Records(DemoEnterprise e, DateOnly asOf, string batch, DateTimeOffset at)
    {
        var year = asOf.Year - 1;
        var (tax, months, arrears) = e.Tier switch
        {
            CreditTier.Good => (TaxRating.A, 12, 0),
            CreditTier.Fair => (TaxRating.B, 9 + e.Index % 3, 1 + e.Index % 2),
            CreditTier.Weak => (TaxRating.M, 6 + e.Index % 3, 1 + e.Index % 2),
            _ => (TaxRating.D, 1 + e.Index % 5, 3 + e.Index % 4),
        };
        var quarterEnd = new DateOnly(asOf.Year, (asOf.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
        var penalties = e.Tier == CreditTier.Weak && e.Index % 4 == 0
            ? new[] { new PenaltyRecord(e.CreditCode, asOf.AddDays(-200 - e.Index), PenaltySeverity.Minor, "定州市市场监督管理局", $"定市监罚〔{asOf.AddDays(-200 - e.Index).Year}〕{e.Index}号", batch, at) }
            : [];
        var dishonest = e.Tier == CreditTier.Bad && e.Index % 3 == 0
            ? new[] { new DishonestRecord(e.CreditCode, asOf.AddDays(-400), null, $"({asOf.AddDays(-400).Year})冀0682执{e.Index}号", batch, at) }
            : [];
        var honours = e.Tier == CreditTier.Good && e.Index % 5 == 0
            ? new[] { new HonourRecord(e.CreditCode, new DateOnly(year, 4, 1), "定州市守信示范企业", batch, at) }
            : [];
        var judgments = e.Tier == CreditTier.Bad && e.Index % 3 == 1
            ? new[] { new JudgmentRecord(e.CreditCode, asOf.AddDays(-300), 20_000m + e.Index * 100m, false, $"({asOf.AddDays(-300).Year})冀0682民初{e.Index}号", batch, at) }
            : [];
        return new CreditData(e.CreditCode,
            new RegistryRecord(e.CreditCode, e.Name, e.Type, e.LegalRepresentative, e.EstablishedOn, e.RegisteredCapital, e.Industry, e.Village, batch, at),
            e.Tier == CreditTier.Bad && e.Index % 2 == 0 ? [] : [new TaxRatingRecord(e.CreditCode, year, tax, batch, at)],
            [new SocialInsuranceRecord(e.CreditCode, quarterEnd, months, e.Headcount, batch, at)],
            [new UtilityRecord(e.CreditCode, quarterEnd, arrears, batch, at)],
            penalties, judgments, dishonest, honours);
    }

    /// <summary>The grade the scorecard gives the records on a day.</summary>
    public static CreditGrade GradeOn(DemoEnterprise e, DateOnly day) => Scorecard.Evaluate(Records(e, day, "plan", default), day, describe: false).Grade;
}
