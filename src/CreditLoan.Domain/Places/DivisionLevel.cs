namespace CreditLoan.Domain.Places;

/// <summary>The five levels of the national statistical division codes (统计用区划代码): 2, 4, 6, 9 and 12 digits.</summary>
public enum DivisionLevel
{
    Province,
    City,
    County,
    Township,
    Village,
}

public static class DivisionCodes
{
    /// <summary>The level of a code by its length, or null when it is not 2, 4, 6, 9 or 12 ASCII digits.</summary>
    public static DivisionLevel? LevelOf(string? code)
    {
        if (code is null) return null;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c)) return null;
        return code.Length switch
        {
            2 => DivisionLevel.Province,
            4 => DivisionLevel.City,
            6 => DivisionLevel.County,
            9 => DivisionLevel.Township,
            12 => DivisionLevel.Village,
            _ => null,
        };
    }

    /// <summary>The parent's code: the code without its last 2, 2, 2, 3 or 3 digits; null for a province.</summary>
    public static string? ParentOf(string code) => code.Length switch
    {
        4 or 6 => code[..^2],
        9 or 12 => code[..^3],
        _ => null,
    };

    public static string LevelName(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => "省级",
        DivisionLevel.City => "地级",
        DivisionLevel.County => "县级",
        DivisionLevel.Township => "乡级",
        _ => "村级",
    };
}
