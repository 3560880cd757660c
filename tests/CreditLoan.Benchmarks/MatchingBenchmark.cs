using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;

namespace CreditLoan.Benchmarks;

/// <summary>Province-scale data for the matching engine: 100 counties, 10,000 products, up to 1,000,000 open needs.</summary>
internal static class ProvinceData
{
    private static readonly string[] Sections = ["A", "C", "F", "G", "H", "I", "M", "O"];

    public static string County(int i) => $"13{i / 10 % 10}{i % 10}{(i * 7) % 100:00}"; // 100 distinct 6-digit counties

    public static List<LoanProduct> Products(int count, int seed = 1)
    {
        var random = new Random(seed);
        var list = new List<LoanProduct>(count);
        for (var i = 0; i < count; i++)
        {
            var min = random.Next(1, 20) * 10_000m;
            var terms = new ProductTerms($"产品{i}", (ProductCategory)(i % 4), min, min * random.Next(5, 50), random.Next(1, 12), random.Next(12, 121),
                random.Next(300, 900) / 100m, 10m, [RepaymentMethod.EqualInstallment],
                random.Next(3) == 0 ? [] : [Sections[random.Next(Sections.Length)]],
                random.Next(10) == 0 ? [] : [County(random.Next(100))],
                (CreditGrade)random.Next(4), random.Next(0, 4), random.Next(4) == 0 ? [EnterpriseType.Cooperative] : [],
                random.Next(5) == 0, ["营业执照"], null);
            var p = new LoanProduct(Guid.NewGuid(), terms, DateTimeOffset.UnixEpoch);
            p.Publish(DateTimeOffset.UnixEpoch);
            list.Add(p);
        }
        return list;
    }

    public static MatchNeed Need(Random random) =>
        new(Guid.NewGuid(), random.Next(2, 100) * 10_000m, random.Next(3, 60), (Collateral)random.Next(5), random.Next(3) == 0 ? null : random.Next(400, 1000) / 100m);

    public static MatchEnterprise Enterprise(Random random) =>
        new(Guid.NewGuid(), Sections[random.Next(Sections.Length)] + random.Next(1, 99).ToString("00"), County(random.Next(100)) + "101001",
            (CreditGrade)random.Next(4), random.Next(0, 15), (EnterpriseType)random.Next(3));

    public static List<(MatchNeed, MatchEnterprise)> Candidates(int count, int seed = 2)
    {
        var random = new Random(seed);
        var list = new List<(MatchNeed, MatchEnterprise)>(count);
        for (var i = 0; i < count; i++) list.Add((Need(random), Enterprise(random)));
        return list;
    }
}

/// <summary>BenchmarkDotNet: mean and allocations of one need against 10,000 products, and of prospects among 1,000,000 needs.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private List<LoanProduct> _products = null!;
    private List<(MatchNeed, MatchEnterprise)> _candidates = null!;
    private MatchNeed _need = null!;
    private MatchEnterprise _enterprise = null!;

    [GlobalSetup]
    public void Setup()
    {
        _products = ProvinceData.Products(10_000);
        _candidates = ProvinceData.Candidates(1_000_000);
        var random = new Random(3);
        _need = ProvinceData.Need(random);
        _enterprise = ProvinceData.Enterprise(random);
    }

    [Benchmark]
    public int MatchOneNeedAgainst10000Products() => MatchingEngine.Match(_products, _need, _enterprise).Count;

    [Benchmark]
    public int ProspectsOfOneProductAmong1000000Needs() => MatchingEngine.Prospects(_products[42], _candidates).Count;
}

/// <summary>Latency percentiles measured call by call (BenchmarkDotNet reports means), plus the memory of the data.</summary>
internal static class MatchingLatency
{
    public static void Run()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var products = ProvinceData.Products(10_000);
        var productsBytes = GC.GetTotalMemory(true) - before;
        before = GC.GetTotalMemory(true);
        var candidates = ProvinceData.Candidates(1_000_000);
        var candidateBytes = GC.GetTotalMemory(true) - before;

        var random = new Random(7);
        var needs = Enumerable.Range(0, 1000).Select(_ => (ProvinceData.Need(random), ProvinceData.Enterprise(random))).ToList();
        for (var i = 0; i < 2000; i++) MatchingEngine.Match(products, needs[i % needs.Count].Item1, needs[i % needs.Count].Item2); // warm-up
        var samples = new double[20_000];
        var matched = 0L;
        for (var i = 0; i < samples.Length; i++)
        {
            var (need, enterprise) = needs[i % needs.Count];
            var t = Stopwatch.GetTimestamp();
            matched += MatchingEngine.Match(products, need, enterprise).Count;
            samples[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }
        Array.Sort(samples);
        Console.WriteLine($"match one need vs 10,000 products: p50={samples[samples.Length / 2]:F0} µs p99={samples[(int)(samples.Length * 0.99)]:F0} µs " +
                          $"max={samples[^1]:F0} µs (mean matches per need {matched / (double)samples.Length:F1})");

        var prospectSamples = new double[50];
        for (var i = 0; i < 5; i++) MatchingEngine.Prospects(products[i], candidates);
        var found = 0L;
        for (var i = 0; i < prospectSamples.Length; i++)
        {
            var t = Stopwatch.GetTimestamp();
            found += MatchingEngine.Prospects(products[i * 37 % products.Count], candidates).Count;
            prospectSamples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(prospectSamples);
        Console.WriteLine($"prospects of one product among 1,000,000 open needs: p50={prospectSamples[25]:F1} ms max={prospectSamples[^1]:F1} ms " +
                          $"(mean prospects {found / (double)prospectSamples.Length:F0})");
        Console.WriteLine($"memory: 10,000 products {productsBytes / 1024 / 1024} MB; 1,000,000 need candidates {candidateBytes / 1024 / 1024} MB");
        GC.KeepAlive(products);
        GC.KeepAlive(candidates);
    }
}
