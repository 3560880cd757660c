using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;

namespace CreditLoan.Application.Features.Banks;

/// <summary>A settings change waiting for a second administrator (or, later, confirmed or superseded).</summary>
public sealed record SettingChangeResponse(
    Guid ChangeId,
    Guid BankId,
    SettingChangeStatus Status,
    IReadOnlyList<string> Weakens,
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<TransactionType, decimal> Commissions,
    string RequestedBy,
    string RequestedByUserId,
    DateTimeOffset RequestedAt,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt)
{
    public static SettingChangeResponse From(BankSettingChange c, IReadOnlyDictionary<string, string> names) => new(c.Id, c.BankId, c.Status,
        c.WeakenedControls, c.MakerCheckerThreshold, c.WithdrawalLimitPerDay, c.WithdrawalLimitPerTransaction, c.Commissions,
        names.GetValueOrDefault(c.RequestedBy, c.RequestedBy), c.RequestedBy, c.RequestedAt,
        c.ConfirmedBy is null ? null : names.GetValueOrDefault(c.ConfirmedBy, c.ConfirmedBy), c.ConfirmedAt);
}

/// <summary>What a settings update did: in force at once (<see cref="Settings"/>), or waiting for confirmation (<see cref="Pending"/>).</summary>
public sealed record SettingsUpdateResult(BankSettingsResponse? Settings, SettingChangeResponse? Pending);
