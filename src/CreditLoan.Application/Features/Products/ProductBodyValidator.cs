using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Application.Features.Places;
using CreditLoan.Domain.Places;
using FluentValidation;
using Riok.Mapperly.Abstractions;

namespace CreditLoan.Application.Features.Products;

/// <summary>Shape and range rules shared by create and update.</summary>
public abstract class ProductBodyValidator<T> : AbstractValidator<T> where T : IProductBody
{
    /// <summary>Upper bound for annual rates: far above any legal lending rate, so a typo such as 435 is caught.</summary>
    public const decimal MaxRate = 36m;

    protected ProductBodyValidator(Places.DivisionCatalog divisions)
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        RuleFor(p => p.Category).IsInEnum().OverridePropertyName("category");
        RuleFor(p => p.MinAmount).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount)
            .Must(Money.IsYuan).WithMessage("minAmount must have at most 2 decimals.").OverridePropertyName("minAmount");
        RuleFor(p => p.MaxAmount).GreaterThanOrEqualTo(p => p.MinAmount).WithMessage("maxAmount must be at least minAmount.")
            .LessThanOrEqualTo(Money.MaxAmount).Must(Money.IsYuan).WithMessage("maxAmount must have at most 2 decimals.")
            .OverridePropertyName("maxAmount");
        RuleFor(p => p.MinTermMonths).InclusiveBetween(1, 360).OverridePropertyName("minTermMonths");
        RuleFor(p => p.MaxTermMonths).InclusiveBetween(1, 360).GreaterThanOrEqualTo(p => p.MinTermMonths)
            .WithMessage("maxTermMonths must be between minTermMonths and 360.").OverridePropertyName("maxTermMonths");
        RuleFor(p => p.MinAnnualRate).GreaterThan(0).LessThanOrEqualTo(MaxRate)
            .Must(Money.IsRate).WithMessage("minAnnualRate must have at most 4 decimals.").OverridePropertyName("minAnnualRate");
        RuleFor(p => p.MaxAnnualRate).GreaterThanOrEqualTo(p => p.MinAnnualRate).WithMessage("maxAnnualRate must be at least minAnnualRate.")
            .LessThanOrEqualTo(MaxRate).Must(Money.IsRate).WithMessage("maxAnnualRate must have at most 4 decimals.")
            .OverridePropertyName("maxAnnualRate");
        RuleFor(p => p.RepaymentMethods).NotEmpty().WithMessage("repaymentMethods needs at least one method.")
            .OverridePropertyName("repaymentMethods");
        RuleForEach(p => p.RepaymentMethods).IsInEnum().OverridePropertyName("repaymentMethods");
        RuleFor(p => p.Industries).Must(l => l is null || l.Count <= 100).WithMessage("industries lists at most 100 codes.").OverridePropertyName("industries");
        RuleForEach(p => p.Industries).Cascade(CascadeMode.Stop).Must(Identifiers.IsValidIndustry)
            .WithMessage((_, code) => $"'{code}' is not a GB/T 4754 industry code (a letter A-T, optionally two digits).").KnownIndustry()
            .OverridePropertyName("industries");
        RuleFor(p => p.Divisions).Must(l => l is null || l.Count <= 1000).WithMessage("divisions lists at most 1000 codes.").OverridePropertyName("divisions");
        RuleForEach(p => p.Divisions).Cascade(CascadeMode.Stop).Must(Identifiers.IsValidDivision)
            .WithMessage((_, code) => $"'{code}' is not a division code (6, 9 or 12 digits).")
            .KnownDivision(divisions, DivisionLevel.County, DivisionLevel.Township, DivisionLevel.Village).OverridePropertyName("divisions");
        RuleFor(p => p.MinGrade).IsInEnum().OverridePropertyName("minGrade");
        RuleFor(p => p.MinYearsInBusiness).InclusiveBetween(0, 100).OverridePropertyName("minYearsInBusiness");
        RuleForEach(p => p.EnterpriseTypes).IsInEnum().OverridePropertyName("enterpriseTypes");
        RuleFor(p => p.RequiredMaterials).Must(l => l is null || l.Count <= 50).WithMessage("requiredMaterials lists at most 50 items.")
            .OverridePropertyName("requiredMaterials");
        RuleForEach(p => p.RequiredMaterials).NotEmpty().MaximumLength(200).OverridePropertyName("requiredMaterials");
        RuleFor(p => p.Description).MaximumLength(4000).OverridePropertyName("description");
    }
}
