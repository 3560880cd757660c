using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>
/// The bureau suspends a bank: its users' sessions stop working at once and they cannot sign in, and its products leave
/// the supermarket and matching, until the bureau reinstates it. Its applications, loans and history stay as they are.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SuspendBankCommand(Guid BankId) : ICommand<BankResponse>, ITargetsEntity
{
    public string AuditEntityId => BankId.ToString();
}

public sealed class SuspendBankHandler(IAppDbContext db, ISessionRegistry sessions, ProductCatalog catalog, CommitCallbacks callbacks)
    : ICommandHandler<SuspendBankCommand, BankResponse>
{
    public async ValueTask<BankResponse> Handle(SuspendBankCommand command, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.FirstOrDefaultAsync(b => b.Id == command.BankId, cancellationToken) ?? throw new NotFoundException("Bank", command.BankId);
        bank.Suspend();
        callbacks.AfterCommit(() =>
        {
            sessions.ForgetAll();
            catalog.Invalidate();
        });
        return BankResponse.From(bank);
    }
}
