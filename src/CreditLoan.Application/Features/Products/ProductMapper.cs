using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Riok.Mapperly.Abstractions;

namespace CreditLoan.Application.Features.Products;

[Mapper]
public static partial class ProductMapper
{
    [MapperIgnoreSource(nameof(LoanProduct.Version))]
    [MapperIgnoreSource(nameof(LoanProduct.DomainEvents))]
    [MapperIgnoreTarget(nameof(ProductResponse.BankName))]
    public static partial ProductResponse ToResponse(this LoanProduct product);

    public static ProductTerms ToTerms(this IProductBody b) => new(
        b.Name, b.Category, b.MinAmount, b.MaxAmount, b.MinTermMonths, b.MaxTermMonths, b.MinAnnualRate, b.MaxAnnualRate,
        b.RepaymentMethods ?? [], b.Industries ?? [], b.Divisions ?? [], b.MinGrade, b.MinYearsInBusiness,
        b.EnterpriseTypes ?? [], b.CollateralRequired, b.RequiredMaterials ?? [], b.Description);
}
