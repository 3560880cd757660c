using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

public sealed record GiveRatingResponse(Guid Id, RatingSubjectType SubjectType, Guid SubjectId, int Score, string? Comment, DateTimeOffset RatedAt,
    Guid? FollowUpCaseId) : IEntityResponse;

/// <summary>
/// The person served rates a service once, 1–5 (好差评): an enterprise an application's decision or a closed case of its own; an
/// agent, at the counter, a villager's rating of one of its station's transactions, of a case its station lodged, or of an
/// application it submitted for a delegating enterprise. A 1 or 2 opens a follow-up case (回访整改).
/// </summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record GiveRatingCommand(RatingSubjectType SubjectType, Guid SubjectId, int Score, [property: MultiLine] string? Comment = null)
    : ICommand<GiveRatingResponse>;

public sealed class GiveRatingValidator : AbstractValidator<GiveRatingCommand>
{
    public GiveRatingValidator()
    {
        RuleFor(c => c.SubjectType).IsInEnum().OverridePropertyName("subjectType");
        RuleFor(c => c.Score).InclusiveBetween(1, 5).OverridePropertyName("score");
        RuleFor(c => c.Comment).MaximumLength(Rating.MaxComment).OverridePropertyName("comment");
    }
}

public sealed class GiveRatingHandler(IAppDbContext db, ICurrentUser user, RatingBook book) : ICommandHandler<GiveRatingCommand, GiveRatingResponse>
{
    public async ValueTask<GiveRatingResponse> Handle(GiveRatingCommand c, CancellationToken ct)
    {
        Rating rating;
        switch (c.SubjectType)
        {
            case RatingSubjectType.Application:
            {
                var a = await db.Applications.AsNoTracking().VisibleTo(user, db).FindAsync("Application", c.SubjectId, ct);
                if (a.Status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.Disbursed))
                    throw new InvalidStateException("Application", a.Status.ToString(), "rate the decision");
                rating = await book.GiveAsync(c.SubjectType, a.Id, c.Score, c.Comment, CaseParty.Bank, a.BankId, (CaseSubjectType.Application, a.Id),
                    a.EnterpriseId, ct);
                break;
            }
            case RatingSubjectType.StationTransaction:
            {
                var station = user.IsInRole(Roles.Agent) ? user.StationId : null;
                var t = await db.StationTransactions.AsNoTracking().Where(t => t.Id == c.SubjectId && t.StationId == station)
                            .Select(t => new { t.Id, t.StationId }).FirstOrDefaultAsync(ct)
                        ?? throw new NotFoundException("StationTransaction", c.SubjectId);
                rating = await book.GiveAsync(c.SubjectType, t.Id, c.Score, c.Comment, CaseParty.Station, t.StationId,
                    (CaseSubjectType.StationTransaction, t.Id), null, ct);
                break;
            }
            default:
            {
                // the person served rates the case: the enterprise concerned, or the station that lodged it — not its assignee
                var enterprise = user.IsInRole(Roles.Enterprise) ? user.EnterpriseId : null;
                var station = user.IsInRole(Roles.Agent) ? user.StationId : null;
                var @case = await db.Cases.AsNoTracking()
                                .Where(x => x.Id == c.SubjectId && ((enterprise != null && x.EnterpriseId == enterprise) || (station != null && x.LodgerStationId == station)))
                                .FirstOrDefaultAsync(ct)
                            ?? throw new NotFoundException("Case", c.SubjectId);
                if (@case.Status != CaseStatus.Closed) throw new InvalidStateException("Case", @case.Status.ToString(), "rate the case");
                rating = await book.GiveAsync(c.SubjectType, @case.Id, c.Score, c.Comment, @case.AssignedTo!.Value, @case.AssigneeId,
                    (@case.SubjectType, @case.SubjectId), @case.EnterpriseId, ct);
                break;
            }
        }
        return new GiveRatingResponse(rating.Id, rating.SubjectType, rating.SubjectId, rating.Score, rating.Comment, rating.RatedAt, rating.FollowUpCaseId);
    }
}
