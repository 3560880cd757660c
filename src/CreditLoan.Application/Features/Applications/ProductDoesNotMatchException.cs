using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

/// <summary>A product refused the application: the failed rules travel with the 422.</summary>
public sealed class ProductDoesNotMatchException(IReadOnlyList<FailedRule> failedRules)
    : DomainException("The product does not match this application: " + string.Join("; ", failedRules.Select(r => $"{r.Rule} needs {r.Required}, has {r.Actual}")))
{
    public IReadOnlyList<FailedRule> FailedRules { get; } = failedRules;
}
