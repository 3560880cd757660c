using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>
/// A bank's administrator sets its settings. A change that weakens a control (the maker-checker threshold raised or
/// removed, a withdrawal limit raised) is not in force until another administrator of the bank confirms it
/// (<see cref="ConfirmSettingChangeCommand"/>); any other change is in force at once. Both are audited.
/// </summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record UpdateBankSettingsCommand(
    Guid BankId,
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<TransactionType, decimal> Commissions) : ICommand<SettingsUpdateResult>, ITargetsEntity
{
    public string AuditEntityId => BankId.ToString();
}

public sealed class UpdateBankSettingsValidator : AbstractValidator<UpdateBankSettingsCommand>
{
    public UpdateBankSettingsValidator()
    {
        RuleFor(c => c.MakerCheckerThreshold!.Value).GreaterThan(0).Must(Money.IsYuan).WithMessage("makerCheckerThreshold must have at most 2 decimals.")
            .LessThanOrEqualTo(Money.MaxAmount).OverridePropertyName("makerCheckerThreshold").When(c => c.MakerCheckerThreshold.HasValue);
        RuleFor(c => c.WithdrawalLimitPerDay).PositiveYuan("withdrawalLimitPerDay");
        RuleFor(c => c.WithdrawalLimitPerTransaction).GreaterThan(0).Must(Money.IsYuan)
            .WithMessage("withdrawalLimitPerTransaction must be a positive yuan amount with at most 2 decimals.")
            .LessThanOrEqualTo(c => c.WithdrawalLimitPerDay).WithMessage("withdrawalLimitPerTransaction cannot exceed withdrawalLimitPerDay.")
            .OverridePropertyName("withdrawalLimitPerTransaction");
        RuleForEach(c => c.Commissions).Must(kv => kv.Value >= 0 && kv.Value <= 10_000 && Money.IsYuan(kv.Value))
            .WithMessage("each commission must be between 0 and 10000 yuan with at most 2 decimals.").OverridePropertyName("commissions")
            .When(c => c.Commissions is not null);
        RuleFor(c => c.Commissions).NotNull().OverridePropertyName("commissions");
    }
}

public sealed class UpdateBankSettingsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateBankSettingsCommand, SettingsUpdateResult>
{
    public async ValueTask<SettingsUpdateResult> Handle(UpdateBankSettingsCommand command, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.Include(b => b.Commissions).VisibleTo(user, bureau: false).FindAsync("Bank", command.BankId, cancellationToken);
        user.RequireBankAdminOf(bank.Id);
        var weakens = bank.WeakenedBy(command.MakerCheckerThreshold, command.WithdrawalLimitPerDay, command.WithdrawalLimitPerTransaction);
        if (weakens.Count == 0)
        {
            bank.ChangeSettings(command.MakerCheckerThreshold, command.WithdrawalLimitPerDay, command.WithdrawalLimitPerTransaction, command.Commissions);
            return new SettingsUpdateResult(BankSettingsResponse.From(bank) with
                { PendingChanges = await PendingSettingChanges.OfAsync(db, bank.Id, cancellationToken) }, null);
        }
        // the newest proposal is the one to confirm; older ones still waiting lapse
        foreach (var older in await db.BankSettingChanges.Where(c => c.BankId == bank.Id && c.Status == SettingChangeStatus.PendingConfirmation)
                     .ToListAsync(cancellationToken))
            older.Supersede();
        var change = new BankSettingChange(bank.Id, command.MakerCheckerThreshold, command.WithdrawalLimitPerDay, command.WithdrawalLimitPerTransaction,
            command.Commissions, weakens, user.UserId!, clock.GetUtcNow());
        db.BankSettingChanges.Add(change);
        return new SettingsUpdateResult(null, (await PendingSettingChanges.ShowAsync(db, [change], cancellationToken))[0]);
    }
}
