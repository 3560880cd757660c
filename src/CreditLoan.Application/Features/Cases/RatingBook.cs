using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// Gives a rating (好差评) once per subject and opens the follow-up case (回访整改) of a bad one: the one place both the rating
/// endpoint and the application's own rating (POST /api/applications/{id}/rating) go through.
/// </summary>
public sealed class RatingBook(IAppDbContext db, ICurrentUser user, TimeProvider clock, ICaseNumbers numbers, CalendarProvider calendars)
{
    /// <param name="party">The party rated (the bank that decided, the station that served, the case's assignee).</param>
    /// <param name="followUpAbout">What a follow-up case would be about.</param>
    /// <param name="enterpriseId">The enterprise served, if one was (it sees the follow-up).</param>
    public async Task<Rating> GiveAsync(RatingSubjectType type, Guid subjectId, int score, string? comment, CaseParty party, Guid? partyId,
        (CaseSubjectType Type, Guid Id) followUpAbout, Guid? enterpriseId, CancellationToken ct)
    {
        if (await db.Ratings.AnyAsync(r => r.SubjectType == type && r.SubjectId == subjectId, ct))
            throw new ConflictException("This has already been rated.") { Code = "AlreadyRated" };
        var now = clock.GetUtcNow();
        var rating = new Rating(type, subjectId, score, comment, party, partyId, user.IsInRole(Roles.Enterprise) ? user.EnterpriseId : null,
            user.IsInRole(Roles.Agent) ? user.StationId : null, now, user.AuditName());
        db.Ratings.Add(rating);
        if (rating.NeedsFollowUp)
        {
            var day = ChinaTime.DateOf(now);
            var followUp = ServiceCase.FollowUp(ServiceCase.NumberOf(day, await numbers.NextAsync(day, ct)), rating, followUpAbout.Type, followUpAbout.Id,
                enterpriseId, await calendars.CurrentAsync(ct), now);
            rating.FollowedUpBy(followUp.Id);
            db.Cases.Add(followUp);
        }
        return rating;
    }
}
