using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Riok.Mapperly.Abstractions;

namespace CreditLoan.Application.Features.Products;

public sealed record ProductResponse(
    Guid Id,
    Guid BankId,
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
    string? Description,
    ProductStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt) : IEntityResponse
{
    /// <summary>Filled in by list and get queries, which know the bank names.</summary>
    public string? BankName { get; init; }
}
