using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

[AuthorizeRoles(Roles.Bank)]
public sealed record UpdateBankSettingsCommand(
    Guid BankId,
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<TransactionType, decimal>? Commissions) : ICommand<BankSettingsResponse>, ITargetsEntity
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
    }
}

public sealed class UpdateBankSettingsHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<UpdateBankSettingsCommand, BankSettingsResponse>
{
    public async ValueTask<BankSettingsResponse> Handle(UpdateBankSettingsCommand command, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.Include(b => b.Commissions).VisibleTo(user, bureau: false).FindAsync("Bank", command.BankId, cancellationToken);
        bank.ChangeSettings(command.MakerCheckerThreshold, command.WithdrawalLimitPerDay, command.WithdrawalLimitPerTransaction,
            command.Commissions ?? new Dictionary<TransactionType, decimal>());
        return BankSettingsResponse.From(bank);
    }
}
