using CreditLoan.Domain.Places;
using FluentValidation;

namespace CreditLoan.Application.Features.Places;

/// <summary>Codes checked against the national tables on input (product.md §12): unknown, retired or wrongly levelled → 400 naming the field.</summary>
public static class PlaceRules
{
    /// <summary>A current division of one of the levels (a null code is left to other rules).</summary>
    public static IRuleBuilderOptions<T, string?> KnownDivision<T>(this IRuleBuilder<T, string?> rule, DivisionCatalog divisions,
        params DivisionLevel[] levels) =>
        rule.Must(code => code is null || divisions.Problem(code, levels) is null).WithMessage((_, code) => divisions.Problem(code, levels)!);

    /// <summary>A GB/T 4754-2017 section (A) or division (A03).</summary>
    public static IRuleBuilderOptions<T, string?> KnownIndustry<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || Industries.Exists(code)).WithMessage((_, code) => IndustryProblem(code));

    public static string IndustryProblem(string? code) => $"'{code}' 不是 GB/T 4754-2017 的门类或大类代码（如 A 或 A03）";
}
