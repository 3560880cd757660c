namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Each dataset's example row for its download template (Chinese names, valid values). Its credit code is reserved: the
/// import refuses a row with it as "the template's example row", so a template sent back unchanged imports nothing, and
/// the example with a real code in its place is a valid row.
/// </summary>
public static class ImportExamples
{
    /// <summary>A well-formed code (its check character is right) that no enterprise has: 9113 0682 MA0E XAMP LB.</summary>
    public const string CreditCode = "91130682MA0EXAMPLB";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Rows = new Dictionary<string, IReadOnlyList<string>>
    {
        ["registry"] = [CreditCode, "定州市示例养殖专业合作社", "Cooperative", "张三", "2015-03-10", "500000.00", "A03", "130682101200"],
        ["tax"] = [CreditCode, "2025", "A"],
        ["social-insurance"] = [CreditCode, "2025-06-30", "12", "8"],
        ["utilities"] = [CreditCode, "2025-06-30", "0"],
        ["penalties"] = [CreditCode, "2025-03-15", "Minor", "定州市市场监督管理局", "定市监罚〔2025〕12号"],
        ["judgments"] = [CreditCode, "2025-04-20", "35000.00", "false", "（2025）冀0682民初123号"],
        ["dishonest"] = [CreditCode, "2024-05-10", "", "（2024）冀0682执456号"],
        ["honours"] = [CreditCode, "2025-01-15", "守合同重信用企业"],
    };

    public const string Reason = "This is the template's example row (creditCode " + CreditCode + "); replace it with real data or delete it.";

    public static bool IsExample(string?[] fields) => fields.Length > 0 && fields[0] == CreditCode;
}
