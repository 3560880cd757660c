using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;

namespace CreditLoan.Application.Features.Banks;

/// <summary>A bank's settings in force, and any change that weakens a control still waiting for a second administrator.</summary>
public sealed record BankSettingsResponse(
    Guid BankId,
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<TransactionType, decimal> Commissions)
{
    public IReadOnlyList<SettingChangeResponse> PendingChanges { get; init; } = [];

    public static BankSettingsResponse From(Bank b) => new(b.Id, b.MakerCheckerThreshold, b.WithdrawalLimitPerDay,
        b.WithdrawalLimitPerTransaction, b.Commissions.OrderBy(c => c.Type).ToDictionary(c => c.Type, c => c.Fee));
}
