using System.Globalization;
using CreditLoan.Domain.Common;

namespace CreditLoan.Infrastructure.Import;

/// <summary>A registry row after its checks (docs/datasets.md, "registry").</summary>
internal sealed record RegistryRow(string CreditCode, string Name, EnterpriseType Type, string? LegalRepresentative,
    DateOnly EstablishedOn, decimal RegisteredCapital, string Industry, string DivisionCode);

internal static class RegistryDataset
{
    public const string Name = "registry";

    public static readonly IReadOnlyList<string> Columns =
        ["creditCode", "name", "type", "legalRepresentative", "establishedOn", "registeredCapital", "industry", "divisionCode"];

    /// <summary>Checks one row; returns null and the reason when it is refused.</summary>
    public static RegistryRow? Parse(string?[] f, DateOnly today, out string? error)
    {
        error = null;
        var code = f[0];
        if (Identifiers.CreditCodeProblem(code) is { } problem) { error = $"creditCode {problem}."; return null; }
        var name = f[1];
        if (name is null) { error = "name is required."; return null; }
        if (name.Length > 200) { error = "name is longer than 200 characters."; return null; }
        if (f[2] is null || !Enum.GetNames<EnterpriseType>().Contains(f[2]))
        {
            error = $"type '{f[2]}' is not one of Company, IndividualBusiness, Cooperative.";
            return null;
        }
        var legal = f[3];
        if (legal is { Length: > 100 }) { error = "legalRepresentative is longer than 100 characters."; return null; }
        if (!DateOnly.TryParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var established))
        {
            error = $"establishedOn '{f[4]}' is not a date (yyyy-MM-dd).";
            return null;
        }
        if (established > today) { error = $"establishedOn {f[4]} is in the future."; return null; }
        if (!decimal.TryParse(f[5], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var capital)
            || !Money.IsYuan(capital) || capital > Money.MaxAmount)
        {
            error = $"registeredCapital '{f[5]}' is not a non-negative yuan amount with at most 2 decimals.";
            return null;
        }
        if (!Identifiers.IsValidIndustry(f[6])) { error = $"industry '{f[6]}' is not a GB/T 4754 code such as A or A03."; return null; }
        var division = f[7];
        if (division is null || division.Length is not (9 or 12) || !Identifiers.IsValidDivision(division))
        {
            error = $"divisionCode '{division}' must be 9 (township) or 12 (village) digits.";
            return null;
        }
        var type = Enum.Parse<EnterpriseType>(f[2]!);
        return new RegistryRow(code!, name, type, legal, established, capital, f[6]!, division);
    }
}
