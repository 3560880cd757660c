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

internal static class BankAccess
{
    /// <summary>A bank officer sees only their own bank; the bureau sees every bank; anyone else gets 404.</summary>
    public static void EnsureCanSee(ICurrentUser user, Guid bankId, bool bureauAllowed)
    {
        var own = user.IsInRole(Roles.Bank) && user.BankId == bankId;
        if (!own && !(bureauAllowed && user.IsInRole(Roles.Bureau))) throw new NotFoundException("Bank", bankId);
    }
}

[AuthorizeRoles(Roles.Bank, Roles.Bureau)]
public sealed record GetBankSettingsQuery(Guid BankId) : IQuery<BankSettingsResponse>;

public sealed class GetBankSettingsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetBankSettingsQuery, BankSettingsResponse>
{
    public async ValueTask<BankSettingsResponse> Handle(GetBankSettingsQuery query, CancellationToken cancellationToken)
    {
        BankAccess.EnsureCanSee(user, query.BankId, bureauAllowed: true);
        var bank = await db.Banks.AsNoTracking().Include(b => b.Commissions).FirstOrDefaultAsync(b => b.Id == query.BankId, cancellationToken)
            ?? throw new NotFoundException("Bank", query.BankId);
        return BankSettingsResponse.From(bank);
    }
}

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
        BankAccess.EnsureCanSee(user, command.BankId, bureauAllowed: false);
        var bank = await db.Banks.Include(b => b.Commissions).FirstOrDefaultAsync(b => b.Id == command.BankId, cancellationToken)
            ?? throw new NotFoundException("Bank", command.BankId);
        bank.ChangeSettings(command.MakerCheckerThreshold, command.WithdrawalLimitPerDay, command.WithdrawalLimitPerTransaction,
            command.Commissions ?? new Dictionary<TransactionType, decimal>());
        await db.SaveChangesAsync(cancellationToken);
        return BankSettingsResponse.From(bank);
    }
}
