using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>The bureau reinstates a suspended bank: its users act again and its published products return to the supermarket.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ReinstateBankCommand(Guid BankId) : ICommand<BankResponse>, ITargetsEntity
{
    public string AuditEntityId => BankId.ToString();
}

public sealed class ReinstateBankHandler(IAppDbContext db, ISessionRegistry sessions, ProductCatalog catalog, CommitCallbacks callbacks)
    : ICommandHandler<ReinstateBankCommand, BankResponse>
{
    public async ValueTask<BankResponse> Handle(ReinstateBankCommand command, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.FirstOrDefaultAsync(b => b.Id == command.BankId, cancellationToken) ?? throw new NotFoundException("Bank", command.BankId);
        bank.Reinstate();
        callbacks.AfterCommit(() =>
        {
            sessions.ForgetAll();
            catalog.Invalidate();
        });
        return BankResponse.From(bank);
    }
}
