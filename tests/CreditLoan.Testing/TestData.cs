using System.Text;

namespace CreditLoan.Testing;

/// <summary>Valid identifiers and registry rows for tests.</summary>
public static class TestData
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static int _counter = Random.Shared.Next(1_000_000);

    /// <summary>A unified social credit code with a correct check character, unique within the test run.</summary>
    public static string CreditCode()
    {
        var n = Interlocked.Increment(ref _counter);
        var body = new StringBuilder("91130682");
        var rest = new char[9];
        for (var i = 8; i >= 0; i--)
        {
            rest[i] = Charset[n % 31];
            n /= 31;
        }
        body.Append(rest);
        return WithCheck(body.ToString());
    }

    /// <summary>Appends the GB 32100 check character to 17 characters.</summary>
    public static string WithCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Charset.IndexOf(first17[i]) * Weights[i];
        return first17 + Charset[(31 - sum % 31) % 31];
    }

    public static string UserName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 16)];

    /// <summary>
    /// A real township of Hebei (from the shipped national table) with at least three villages, chosen at random: a place of
    /// a test's own, so that other tests' enterprises and stations on the same platform are not in it.
    /// </summary>
    public static string RandomTownship()
    {
        var table = CreditLoan.Domain.Places.DivisionTable.Shipped;
        var hebei = table.IndexOf("13");
        var townships = HebeiTownships ??= table.ChildrenOf(hebei).SelectMany(table.ChildrenOf).SelectMany(table.ChildrenOf)
            .Where(t => table.ChildrenOf(t).Count() >= 3).Select(table.CodeAt).ToArray();
        return townships[Random.Shared.Next(townships.Length)];
    }

    private static string[]? HebeiTownships;

    /// <summary>The n-th village (from 0) of a township in the shipped national table.</summary>
    public static string Village(string township, int n = 0)
    {
        var table = CreditLoan.Domain.Places.DivisionTable.Shipped;
        return table.CodeAt(table.ChildrenOf(table.IndexOf(township)).ElementAt(n));
    }

    public const string RegistryHeader = "creditCode,name,type,legalRepresentative,establishedOn,registeredCapital,industry,divisionCode";

    public static string RegistryRow(string creditCode, string name = "定州市牛牛养殖专业合作社", string type = "Cooperative",
        string established = "2015-03-10", string capital = "500000.00", string industry = "A03", string division = "130682101200") =>
        $"{creditCode},{name},{type},张三,{established},{capital},{industry},{division}";
}
