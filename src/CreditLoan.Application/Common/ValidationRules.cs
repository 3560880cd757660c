using CreditLoan.Domain.Common;
using FluentValidation;

namespace CreditLoan.Application.Common;

public static class ValidationRules
{
    /// <summary>A positive yuan amount with at most 2 decimals that fits DECIMAL(18,2), reported under <paramref name="field"/>.</summary>
    public static IRuleBuilderOptions<T, decimal> PositiveYuan<T>(this IRuleBuilder<T, decimal> rule, string field) =>
        rule.GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).Must(Money.IsYuan)
            .WithMessage($"{field} must be a positive yuan amount with at most 2 decimals.").OverridePropertyName(field);
}
