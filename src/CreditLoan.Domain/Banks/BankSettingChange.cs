using System.Text.Json;
using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Banks;

public enum SettingChangeStatus { PendingConfirmation, Confirmed, Superseded }

/// <summary>
/// A change of a bank's settings that weakens a control (dual control, product.md §11): one administrator proposes it,
/// another administrator of the same bank confirms it, and only then is it in force. A newer proposal supersedes an
/// older one still waiting.
/// </summary>
public sealed class BankSettingChange : Entity
{
    private BankSettingChange() { }

    public BankSettingChange(Guid bankId, decimal? makerCheckerThreshold, decimal withdrawalLimitPerDay, decimal withdrawalLimitPerTransaction,
        IReadOnlyDictionary<TransactionType, decimal> commissions, IReadOnlyList<string> weakens, string requestedBy, DateTimeOffset requestedAt)
    {
        BankId = bankId;
        MakerCheckerThreshold = makerCheckerThreshold;
        WithdrawalLimitPerDay = withdrawalLimitPerDay;
        WithdrawalLimitPerTransaction = withdrawalLimitPerTransaction;
        CommissionsJson = JsonSerializer.Serialize(commissions.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value));
        Weakens = string.Join(",", weakens);
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        Status = SettingChangeStatus.PendingConfirmation;
    }

    public Guid BankId { get; private set; }
    public decimal? MakerCheckerThreshold { get; private set; }
    public decimal WithdrawalLimitPerDay { get; private set; }
    public decimal WithdrawalLimitPerTransaction { get; private set; }
    public string CommissionsJson { get; private set; } = "{}";

    /// <summary>The controls it weakens, comma-separated field names.</summary>
    public string Weakens { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public SettingChangeStatus Status { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public IReadOnlyDictionary<TransactionType, decimal> Commissions =>
        (JsonSerializer.Deserialize<Dictionary<string, decimal>>(CommissionsJson) ?? []).ToDictionary(kv => Enum.Parse<TransactionType>(kv.Key), kv => kv.Value);

    public IReadOnlyList<string> WeakenedControls => Weakens.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Another administrator confirms: the bank's settings become the proposed ones.</summary>
    public void Confirm(Bank bank, string confirmedBy, DateTimeOffset at)
    {
        if (Status != SettingChangeStatus.PendingConfirmation) throw new InvalidStateException("Setting change", Status.ToString(), "confirm");
        if (bank.Id != BankId) throw new DomainException("The change belongs to another bank.") { Code = "SettingChangeOtherBank" };
        if (confirmedBy == RequestedBy)
            throw new FieldRuleException("changeId", "A change that weakens a control must be confirmed by another administrator of the bank.")
                { Code = "SettingChangeSameAdmin" };
        bank.ChangeSettings(MakerCheckerThreshold, WithdrawalLimitPerDay, WithdrawalLimitPerTransaction, Commissions);
        Status = SettingChangeStatus.Confirmed;
        ConfirmedBy = confirmedBy;
        ConfirmedAt = at;
    }

    public void Supersede()
    {
        if (Status == SettingChangeStatus.PendingConfirmation) Status = SettingChangeStatus.Superseded;
    }
}
