using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

public abstract class StatsRangeValidator<T> : AbstractValidator<T> where T : IStatsRange
{
    public StatsRangeValidator()
    {
        RuleFor(q => q.To).Must((q, to) => q.From is not { } from || to is not { } t || from <= t).WithMessage("to must not be before from.")
            .OverridePropertyName("to");
        RuleFor(q => q.From).Must((q, from) => from is not { } f || q.To is not { } t || t.DayNumber - f.DayNumber <= 3660)
            .WithMessage("The range may span at most ten years.").OverridePropertyName("from");
    }
}
