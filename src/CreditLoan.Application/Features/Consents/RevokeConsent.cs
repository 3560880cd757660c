using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>Takes a bank's access to the credit report away at once.</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record RevokeConsentCommand(Guid ConsentId) : ICommand<ConsentResponse>;

public sealed class RevokeConsentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RevokeConsentCommand, ConsentResponse>
{
    public async ValueTask<ConsentResponse> Handle(RevokeConsentCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == command.ConsentId && c.EnterpriseId == enterpriseId, cancellationToken)
                      ?? throw new NotFoundException("Consent", command.ConsentId);
        var now = clock.GetUtcNow();
        consent.Revoke(now);
        var bankName = await db.Banks.AsNoTracking().Where(b => b.Id == consent.BankId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
        return ListConsentsHandler.ToResponse(consent, bankName, now);
    }
}
