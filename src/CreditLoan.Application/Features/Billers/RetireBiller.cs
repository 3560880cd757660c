using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Billers;

/// <summary>Retires a biller: no new payment may choose it; the receipts that name it keep its name. A bank its own, the bureau any.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record RetireBillerCommand(Guid BillerId) : ICommand<BillerResponse>, ITargetsEntity
{
    public string AuditEntityId => BillerId.ToString();
}

public sealed class RetireBillerHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RetireBillerCommand, BillerResponse>
{
    public async ValueTask<BillerResponse> Handle(RetireBillerCommand c, CancellationToken ct)
    {
        var biller = await db.Billers.ManagedBy(user).FindAsync("Biller", c.BillerId, ct);
        biller.Retire(clock.GetUtcNow());
        return await BillerBanks.ResponseAsync(db, biller, ct);
    }
}
