using System.Text;
using CreditLoan.Domain.Common;

namespace CreditLoan.Web.Demo;

/// <summary>
/// Names, codes and numbers for the sample county, drawn from one seeded <see cref="Random"/>: people, enterprises,
/// unified social credit codes (GB 32100, with their check character), resident identity numbers (GB 11643) and mobile
/// numbers. The people and enterprises are made up; the places are Dingzhou's own (the national division table).
/// </summary>
public sealed class CountyNames(Random random)
{
    private const string CodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "赵", "杨", "陈", "高", "郭", "马", "孙", "韩", "田", "齐", "冯", "谷", "翟", "贾", "曹", "郝", "史", "崔", "边", "甄"];

    private static readonly string[] GivenNames =
    [
        "建国", "志强", "海燕", "秀英", "国庆", "立新", "春生", "红梅", "振华", "永刚", "丽娜", "宝山", "淑芬", "金锁", "占军", "俊峰",
        "晓东", "文杰", "玉兰", "明辉", "新民", "桂兰", "二柱", "满仓", "丰收", "小红", "建华", "卫东", "素芳", "志刚", "凤霞", "保国",
    ];

    private static readonly string[] Brands =
    [
        "金穗", "丰源", "绿野", "兴旺", "宏达", "鑫源", "盛达", "恒通", "华丰", "瑞祥", "万家", "富民", "福瑞", "顺发", "利民", "嘉禾",
        "康源", "天成", "众诚", "永盛", "博远", "新星", "裕丰", "惠农", "绿源", "春雨", "田园", "禾丰", "润丰", "正大", "聚鑫", "德胜",
        "鸿运", "开元", "中山", "塔元", "汉风", "冀丰", "美乐", "安康",
    ];

    private readonly HashSet<string> _taken = [];
    private int _serial;

    public Random Random => random;

    public string Person() => Pick(Surnames) + Pick(GivenNames);

    public string Surname() => Pick(Surnames);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An enterprise name from a template with {brand} and {place}, unique in the county.</summary>
    public string Enterprise(string template, string place)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = template.Replace("{brand}", Pick(Brands), StringComparison.Ordinal).Replace("{place}", place, StringComparison.Ordinal)
                .Replace("{surname}", Pick(Surnames), StringComparison.Ordinal);
            if (attempt > 20) name = name.Replace("定州市", $"定州市{Pick(Brands)}", StringComparison.Ordinal);
            if (_taken.Add(name)) return name;
        }
    }

    /// <summary>
    /// A unified social credit code of Dingzhou (130682): 91 a company, 92 an individual business, 93 a farmers' cooperative;
    /// the organisation part is a serial number, so codes never repeat.
    /// </summary>
    public string CreditCode(EnterpriseType type) => CreditCode(type switch
    {
        EnterpriseType.IndividualBusiness => "92",
        EnterpriseType.Cooperative => "93",
        _ => "91",
    });

    public string CreditCode(string prefix)
    {
        var n = ++_serial * 7919 + 104_729;
        var body = new StringBuilder(prefix).Append("130682");
        var rest = new char[9];
        rest[0] = 'M';
        rest[1] = 'A';
        for (var i = 8; i >= 2; i--)
        {
            rest[i] = CodeCharset[n % 31];
            n /= 31;
        }
        body.Append(rest);
        var first17 = body.ToString();
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += CodeCharset.IndexOf(first17[i]) * CodeWeights[i];
        return first17 + CodeCharset[(31 - sum % 31) % 31];
    }

    /// <summary>A resident identity number of a person born in Dingzhou between 1950 and 2000.</summary>
    public string IdNumber()
    {
        var born = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 50));
        var first17 = $"130682{born:yyyyMMdd}{random.Next(1000):D3}";
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * IdWeights[i];
        return first17 + "10X98765432"[sum % 11];
    }

    public string Mobile() => $"1{Pick(["3", "5", "8"])}{random.Next(10)}{random.Next(100_000_000):D8}";

    /// <summary>A village's short name: 香家庄村民委员会 → 香家庄村, 中心街社区居民委员会 → 中心街社区.</summary>
    public static string Village(string name) =>
        name.Replace("村民委员会", "村", StringComparison.Ordinal).Replace("居民委员会", "", StringComparison.Ordinal);

    /// <summary>A township's short name: 清风店镇 → 清风店, 南城区街道 → 南城区.</summary>
    public static string Township(string name)
    {
        foreach (var suffix in new[] { "回族乡", "街道", "镇", "乡" })
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        return name;
    }
}
