using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

[AuthorizeRoles(Roles.Bank, Roles.Bureau)]
public sealed record GetBankSettingsQuery(Guid BankId) : IQuery<BankSettingsResponse>;

public sealed class GetBankSettingsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetBankSettingsQuery, BankSettingsResponse>
{
    public async ValueTask<BankSettingsResponse> Handle(GetBankSettingsQuery query, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.AsNoTracking().Include(b => b.Commissions).VisibleTo(user).FindAsync("Bank", query.BankId, cancellationToken);
        return BankSettingsResponse.From(bank) with { PendingChanges = await PendingSettingChanges.OfAsync(db, bank.Id, cancellationToken) };
    }
}
