using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

public sealed record BankSettingsResponse(
    Guid BankId,
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<TransactionType, decimal> Commissions)
{
    public static BankSettingsResponse From(Bank b) => new(b.Id, b.MakerCheckerThreshold, b.WithdrawalLimitPerDay,
        b.WithdrawalLimitPerTransaction, b.Commissions.OrderBy(c => c.Type).ToDictionary(c => c.Type, c => c.Fee));
}
