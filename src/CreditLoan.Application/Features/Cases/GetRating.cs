using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>The rating (好差评) a subject was given, if any: for the portal, which offers the rating once and shows it afterwards.</summary>
public sealed record RatingLookupResponse(GiveRatingResponse? Rating);

/// <summary>
/// A subject's rating, if it has one: for those who see the subject — an application (its parties), a case (its parties), a
/// station transaction (the station's agents); 404 for anything else.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record GetRatingQuery(RatingSubjectType SubjectType, Guid SubjectId) : IQuery<RatingLookupResponse>;

public sealed class GetRatingHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetRatingQuery, RatingLookupResponse>
{
    public async ValueTask<RatingLookupResponse> Handle(GetRatingQuery q, CancellationToken ct)
    {
        var id = q.SubjectId;
        var visible = q.SubjectType switch
        {
            RatingSubjectType.Application => await db.Applications.AsNoTracking().VisibleTo(user, db).AnyAsync(a => a.Id == id, ct),
            RatingSubjectType.Case => await db.Cases.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == id, ct),
            _ => user.IsInRole(Roles.Bureau) || (user.IsInRole(Roles.Agent) && await db.StationTransactions.AsNoTracking()
                .AnyAsync(t => t.Id == id && t.StationId == user.StationId, ct)),
        };
        if (!visible) throw new NotFoundException(q.SubjectType.ToString(), id);
        var r = await db.Ratings.AsNoTracking().Where(r => r.SubjectType == q.SubjectType && r.SubjectId == id).FirstOrDefaultAsync(ct);
        return new RatingLookupResponse(r is null ? null : new GiveRatingResponse(r.Id, r.SubjectType, r.SubjectId, r.Score, r.Comment, r.RatedAt, r.FollowUpCaseId));
    }
}
