using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>
/// The scan or photo of a paper authorisation (授权委托书), to download: for the agents of the station that recorded it and the
/// bureau. A bank or an enterprise passes the role check but sees none (404, as for another station's or an unknown id):
/// the paper carries the villager's identity number and signature. <see cref="StationId"/>, when given (the API's route),
/// must be the authorisation's station.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Agent, Roles.Bank, Roles.Enterprise)]
public sealed record GetAuthorisationScanQuery(Guid? StationId, Guid AuthorisationId) : IQuery<AuthorisationScanFile>;

public sealed record AuthorisationScanFile(string FileName, string ContentType, byte[] Content);

public sealed class GetAuthorisationScanHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetAuthorisationScanQuery, AuthorisationScanFile>
{
    public async ValueTask<AuthorisationScanFile> Handle(GetAuthorisationScanQuery query, CancellationToken cancellationToken)
    {
        var found = await (from a in db.PaperAuthorisations.AsNoTracking().VisibleTo(user)
                           where a.Id == query.AuthorisationId && (query.StationId == null || a.StationId == query.StationId)
                           join s in db.AuthorisationScans.AsNoTracking() on a.Id equals s.AuthorisationId
                           select new AuthorisationScanFile(a.FileName, a.ContentType, s.Content)).FirstOrDefaultAsync(cancellationToken);
        return found ?? throw new NotFoundException("Authorisation", query.AuthorisationId);
    }
}
