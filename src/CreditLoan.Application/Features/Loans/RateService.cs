using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

public sealed record RatingResponse(Guid ApplicationId, int Score, string? Comment, DateTimeOffset At);

/// <summary>The enterprise rates the service once, after disbursal (好差评).</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record RateServiceCommand(int Score, [property: MultiLine] string? Comment) : ICommand<RatingResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }

    public string AuditEntityId => ApplicationId.ToString();
}

public sealed class RateServiceValidator : AbstractValidator<RateServiceCommand>
{
    public RateServiceValidator()
    {
        RuleFor(c => c.Score).InclusiveBetween(1, 5).OverridePropertyName("score");
        RuleFor(c => c.Comment).MaximumLength(500).OverridePropertyName("comment");
    }
}

/// <summary>Kept as it was for its clients; the rating is a <see cref="Domain.Cases.Rating"/> of the application like any other (好差评, a 1 or 2 followed up).</summary>
public sealed class RateServiceHandler(IAppDbContext db, ICurrentUser user, Cases.RatingBook book) : ICommandHandler<RateServiceCommand, RatingResponse>
{
    public async ValueTask<RatingResponse> Handle(RateServiceCommand c, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == c.ApplicationId && a.EnterpriseId == enterpriseId, cancellationToken)
                          ?? throw new NotFoundException("Application", c.ApplicationId);
        if (application.Status != ApplicationStatus.Disbursed) throw new InvalidStateException("Application", application.Status.ToString(), "rate the service");
        var rating = await book.GiveAsync(Domain.Cases.RatingSubjectType.Application, application.Id, c.Score, c.Comment, Domain.Cases.CaseParty.Bank,
            application.BankId, (Domain.Cases.CaseSubjectType.Application, application.Id), application.EnterpriseId, cancellationToken);
        return new RatingResponse(application.Id, rating.Score, rating.Comment, rating.RatedAt);
    }
}
