using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>Another administrator of the bank confirms a change that weakens a control; it is in force from then on.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record ConfirmSettingChangeCommand(Guid BankId, Guid ChangeId) : ICommand<BankSettingsResponse>, ITargetsEntity
{
    public string AuditEntityId => $"{BankId}/settings/changes/{ChangeId}";
}

public sealed class ConfirmSettingChangeHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmSettingChangeCommand, BankSettingsResponse>
{
    public async ValueTask<BankSettingsResponse> Handle(ConfirmSettingChangeCommand command, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.Include(b => b.Commissions).VisibleTo(user, bureau: false).FindAsync("Bank", command.BankId, cancellationToken);
        user.RequireBankAdminOf(bank.Id);
        var change = await db.BankSettingChanges.FirstOrDefaultAsync(c => c.Id == command.ChangeId && c.BankId == bank.Id, cancellationToken)
                     ?? throw new NotFoundException("Setting change", command.ChangeId);
        if (change.RequestedBy == user.UserId)
            throw new ForbiddenAccessException("A change that weakens a control must be confirmed by another administrator of the bank.");
        change.Confirm(bank, user.UserId!, clock.GetUtcNow());
        return BankSettingsResponse.From(bank) with { PendingChanges = [] };
    }
}
