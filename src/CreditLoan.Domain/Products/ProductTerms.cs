using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Products;

/// <summary>The terms a bank offers; everything a matching rule reads lives here.</summary>
public sealed record ProductTerms(
    string Name,
    ProductCategory Category,
    decimal MinAmount,
    decimal MaxAmount,
    int MinTermMonths,
    int MaxTermMonths,
    decimal MinAnnualRate,
    decimal MaxAnnualRate,
    IReadOnlyList<RepaymentMethod> RepaymentMethods,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Divisions,
    CreditGrade MinGrade,
    int MinYearsInBusiness,
    IReadOnlyList<EnterpriseType> EnterpriseTypes,
    bool CollateralRequired,
    IReadOnlyList<string> RequiredMaterials,
    string? Description);
