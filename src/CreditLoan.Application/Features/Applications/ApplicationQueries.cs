using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

public static class ApplicationQueries
{
    /// <summary>The parties and the bureau: the enterprise, its authorised agent of the submitting station, the bank it was made to.</summary>
    public static async Task<bool> CanSeeAsync(IAppDbContext db, ICurrentUser user, LoanApplication a, CancellationToken ct) =>
        user.Role switch
        {
            Roles.Bureau => true,
            Roles.Bank => user.BankId == a.BankId,
            Roles.Enterprise => user.EnterpriseId == a.EnterpriseId,
            Roles.Agent => a.SubmittedByStationId == user.StationId
                           && await db.Delegations.AnyAsync(d => d.EnterpriseId == a.EnterpriseId && d.StationId == user.StationId, ct),
            _ => false,
        };

    /// <summary>Applications the caller may see, as a query.</summary>
    public static IQueryable<LoanApplication> Visible(IAppDbContext db, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => db.Applications,
        Roles.Bank => db.Applications.Where(a => a.BankId == user.BankId),
        Roles.Enterprise => db.Applications.Where(a => a.EnterpriseId == user.EnterpriseId),
        Roles.Agent => db.Applications.Where(a => a.SubmittedByStationId == user.StationId
                                                  && db.Delegations.Any(d => d.EnterpriseId == a.EnterpriseId && d.StationId == user.StationId)),
        _ => db.Applications.Where(_ => false),
    };
}
