using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationResponse>;

public sealed class GetApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetApplicationQuery, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.History).VisibleTo(user, db).FindAsync("Application", query.ApplicationId, cancellationToken);
        return ApplicationResponse.From(a, clock.GetUtcNow()) with { BankContact = await ContactAsync(a, cancellationToken) };
    }

    /// <summary>Once accepted, the bank and the officer who accepted it (from the history), so the enterprise knows whom to call.</summary>
    private async Task<ApplicationContact?> ContactAsync(LoanApplication a, CancellationToken ct)
    {
        if (a.AcceptedAt is null) return null;
        var bank = await db.Banks.AsNoTracking().Where(b => b.Id == a.BankId).Select(b => b.Name).FirstAsync(ct);
        var acceptedBy = a.History.Where(h => h.Status == ApplicationStatus.Accepted).OrderBy(h => h.Sequence).Select(h => h.By).FirstOrDefault();
        var officer = CurrentUserExtensions.UserIdOfAuditName(acceptedBy) is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.PhoneNumber }).FirstOrDefaultAsync(ct)
            : null;
        return new ApplicationContact(bank, officer?.DisplayName ?? "", officer?.PhoneNumber);
    }
}
