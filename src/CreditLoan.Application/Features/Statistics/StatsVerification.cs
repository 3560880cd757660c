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

public sealed record StatsVerification(int ApplicationsChecked, int StationTransactionsChecked, IReadOnlyList<string> Differences, int LoansChecked = 0,
    int CasesChecked = 0, int RatingsChecked = 0)
{
    public bool Consistent => Differences.Count == 0;
}
