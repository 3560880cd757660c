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

/// <summary>Where an application (and its loan) was made, as the statistics count it: columns kept next to the entity's own.</summary>
public static class StatsColumns
{
    public const string Township = "Township";
    public const string Industry = "IndustrySection";
}
