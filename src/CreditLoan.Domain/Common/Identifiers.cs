using System.Text.RegularExpressions;

namespace CreditLoan.Domain.Common;

/// <summary>Checks of the national identifier formats listed in product.md §2.</summary>
public static partial class Identifiers
{
    private const string CreditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Unified social credit code (GB 32100-2015): 18 characters of the code charset, the last being
    /// (31 − Σ value·weight mod 31) mod 31 over the first 17.
    /// </summary>
    public static bool IsValidCreditCode(string? code) => CreditCodeProblem(code) is null;

    /// <summary>Why a credit code is invalid, or null when it is valid.</summary>
    public static string? CreditCodeProblem(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "is required";
        if (code.Length != 18) return "must be 18 characters";
        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var v = CreditCodeCharset.IndexOf(code[i]);
            if (v < 0) return $"contains '{code[i]}', which is not allowed (use 0-9 and A-Y without I, O, S, V, Z)";
            if (i < 17) sum += v * CreditCodeWeights[i];
        }
        var check = (31 - sum % 31) % 31;
        return CreditCodeCharset[check] == code[17] ? null : "has a wrong check character";
    }

    /// <summary>Resident identity number (GB 11643-1999): 17 digits and a check character.</summary>
    public static bool IsValidIdNumber(string? id)
    {
        if (id is null || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i])) return false;
            sum += (id[i] - '0') * IdNumberWeights[i];
        }
        return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
    }

    /// <summary>Shows the first 3 and last 4 characters only.</summary>
    public static string Mask(string value) =>
        value.Length <= 7 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 7) + value[^4..];

    /// <summary>
    /// A person's name as a counter shows it to confirm the holder (张三华 → 张*华, 王五 → 王*, 欧阳小华 → 欧**华): the first and
    /// last characters of three or more, the first of two; a single character stays hidden.
    /// </summary>
    public static string MaskName(string name)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext()) elements.Add(chars.GetTextElement());
        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }

    public static bool IsValidMobile(string? phone) => phone is not null && MobileRegex().IsMatch(phone);

    /// <summary>GB/T 4754-2017: a section letter A..T with an optional two-digit division.</summary>
    /// <summary>The township (first 9 digits) of a township or village code; a county code stays as it is.</summary>
    public static string TownshipOf(string divisionCode) => divisionCode.Length >= 9 ? divisionCode[..9] : divisionCode;

    /// <summary>The section letter (门类) of an industry code such as A03.</summary>
    public static string SectionOf(string industry) => industry.Length > 0 ? industry[..1] : "";

    public static bool IsValidIndustry(string? industry) => industry is not null && IndustryRegex().IsMatch(industry);

    /// <summary>Statistical division code: 6 (county), 9 (township) or 12 (village) digits.</summary>
    public static bool IsValidDivision(string? code) => code is not null && DivisionRegex().IsMatch(code);

    public static bool IsValidVillageCode(string? code) => code is not null && code.Length == 12 && DivisionRegex().IsMatch(code);

    /// <summary>The 9-digit township prefix of a 9- or 12-digit division code.</summary>
    public static string? Township(string divisionCode) => divisionCode.Length >= 9 ? divisionCode[..9] : null;

    [GeneratedRegex(@"^1[3-9][0-9]{9}\z")]
    private static partial Regex MobileRegex();

    [GeneratedRegex(@"^[A-T]([0-9]{2})?\z")]
    private static partial Regex IndustryRegex();

    [GeneratedRegex(@"^([0-9]{6}|[0-9]{9}|[0-9]{12})\z")]
    private static partial Regex DivisionRegex();
}
