using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Riok.Mapperly.Abstractions;

namespace CreditLoan.Application.Features.Products;

/// <summary>The body of create and update (api.md "Products").</summary>
public interface IProductBody
{
    string Name { get; }
    ProductCategory Category { get; }
    decimal MinAmount { get; }
    decimal MaxAmount { get; }
    int MinTermMonths { get; }
    int MaxTermMonths { get; }
    decimal MinAnnualRate { get; }
    decimal MaxAnnualRate { get; }
    IReadOnlyList<RepaymentMethod>? RepaymentMethods { get; }
    IReadOnlyList<string>? Industries { get; }
    IReadOnlyList<string>? Divisions { get; }
    CreditGrade MinGrade { get; }
    int MinYearsInBusiness { get; }
    IReadOnlyList<EnterpriseType>? EnterpriseTypes { get; }
    bool CollateralRequired { get; }
    IReadOnlyList<string>? RequiredMaterials { get; }
    string? Description { get; }
}
