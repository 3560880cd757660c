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

public sealed record RepaymentResponse(Guid Id, decimal Amount, DateOnly PaidOn, DateTimeOffset RecordedAt) : IEntityResponse;

public sealed record LoanResponse(
    Guid Id,
    Guid ApplicationId,
    Guid EnterpriseId,
    Guid BankId,
    decimal Principal,
    decimal AnnualRate,
    int TermMonths,
    RepaymentMethod RepaymentMethod,
    DateOnly DisbursedOn,
    LoanStatus Status,
    decimal TotalDue,
    decimal PaidTotal,
    decimal Outstanding,
    IReadOnlyList<ScheduledPayment> Schedule,
    IReadOnlyList<RepaymentResponse> Repayments)
{
    public static LoanResponse From(Loan l, DateOnly today) => new(l.Id, l.ApplicationId, l.EnterpriseId, l.BankId, l.Principal, l.AnnualRate, l.TermMonths,
        l.RepaymentMethod, l.DisbursedOn, l.StatusOn(today), l.TotalDue, l.PaidTotal, l.Outstanding, l.Schedule.OrderBy(p => p.Period).ToList(),
        l.Repayments.OrderBy(r => r.PaidOn).Select(r => new RepaymentResponse(r.Id, r.Amount, r.PaidOn, r.RecordedAt)).ToList());
}

internal static class LoanAccess
{
    public static async Task<Loan?> FindAsync(IAppDbContext db, Guid id, bool tracked, CancellationToken ct)
    {
        var loans = tracked ? db.Loans : db.Loans.AsNoTracking();
        return await loans.Include(l => l.Repayments).FirstOrDefaultAsync(l => l.Id == id, ct);
    }

    public static bool CanSee(ICurrentUser user, Loan l) => user.Role switch
    {
        Roles.Bureau => true,
        Roles.Bank => user.BankId == l.BankId,
        Roles.Enterprise => user.EnterpriseId == l.EnterpriseId,
        _ => false,
    };
}

[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise)]
public sealed record GetLoanQuery(Guid LoanId) : IQuery<LoanResponse>;

public sealed class GetLoanHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetLoanQuery, LoanResponse>
{
    public async ValueTask<LoanResponse> Handle(GetLoanQuery query, CancellationToken cancellationToken)
    {
        var loan = await LoanAccess.FindAsync(db, query.LoanId, tracked: false, cancellationToken);
        if (loan is null || !LoanAccess.CanSee(user, loan)) throw new NotFoundException("Loan", query.LoanId);
        return LoanResponse.From(loan, ChinaTime.Today(clock));
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record RecordRepaymentCommand(decimal Amount, DateOnly PaidOn) : ICommand<RepaymentResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LoanId { get; init; }
}

public sealed class RecordRepaymentValidator : AbstractValidator<RecordRepaymentCommand>
{
    public RecordRepaymentValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.PaidOn).NotEmpty().OverridePropertyName("paidOn");
    }
}

public sealed class RecordRepaymentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordRepaymentCommand, RepaymentResponse>
{
    public async ValueTask<RepaymentResponse> Handle(RecordRepaymentCommand c, CancellationToken cancellationToken)
    {
        var bankId = user.RequireBankId();
        var loan = await LoanAccess.FindAsync(db, c.LoanId, tracked: true, cancellationToken);
        if (loan is null || loan.BankId != bankId) throw new NotFoundException("Loan", c.LoanId);
        var now = clock.GetUtcNow();
        var repayment = loan.RecordRepayment(c.Amount, c.PaidOn, ChinaTime.DateOf(now), now, user.AuditName());
        await db.SaveChangesAsync(cancellationToken);
        return new RepaymentResponse(repayment.Id, repayment.Amount, repayment.PaidOn, repayment.RecordedAt);
    }
}

public sealed record RatingResponse(Guid ApplicationId, int Score, string? Comment, DateTimeOffset At);

/// <summary>The enterprise rates the service once, after disbursal (好差评).</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record RateServiceCommand(int Score, string? Comment) : ICommand<RatingResponse>, ITargetsEntity
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

public sealed class RateServiceHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RateServiceCommand, RatingResponse>
{
    public async ValueTask<RatingResponse> Handle(RateServiceCommand c, CancellationToken cancellationToken)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == c.ApplicationId && a.EnterpriseId == enterpriseId, cancellationToken)
                          ?? throw new NotFoundException("Application", c.ApplicationId);
        if (application.Status != ApplicationStatus.Disbursed) throw new InvalidStateException("Application", application.Status.ToString(), "rate the service");
        if (await db.Ratings.AnyAsync(r => r.ApplicationId == c.ApplicationId, cancellationToken))
            throw new ConflictException("This application has already been rated.");
        var rating = new ServiceRating(application.Id, application.BankId, c.Score, c.Comment?.Trim(), clock.GetUtcNow());
        db.Ratings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return new RatingResponse(rating.ApplicationId, rating.Score, rating.Comment, rating.At);
    }
}
