using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

public sealed record DisburseResponse(Guid Id, ApplicationStatus Status, Guid LoanId, decimal Amount, DateOnly DisbursedOn) : IEntityResponse;

[AuthorizeRoles(Roles.Bank)]
public sealed record DisburseApplicationCommand(decimal Amount, DateOnly DisbursedOn) : ICommand<DisburseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class DisburseApplicationValidator : AbstractValidator<DisburseApplicationCommand>
{
    public DisburseApplicationValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.DisbursedOn).NotEmpty().OverridePropertyName("disbursedOn");
    }
}

/// <summary>Pays out: creates the loan with its schedule, fulfils the need, starts the consent's 90 days, tells the enterprise.</summary>
public sealed class DisburseApplicationHandler(IAppDbContext db, ICurrentUser user, NeedFacts needFacts, CommitCallbacks callbacks, IStatsStore stats,
    TimeProvider clock)
    : ICommandHandler<DisburseApplicationCommand, DisburseResponse>
{
    public async ValueTask<DisburseResponse> Handle(DisburseApplicationCommand c, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", c.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        var loan = application.Disburse(c.Amount, c.DisbursedOn, now, user.AuditName());
        // the portfolio's classes: the product's category; a first-time borrower (首贷户) has no earlier loan on the platform
        // (the credit datasets carry no borrowing records yet: docs/portfolio.md)
        var category = await db.Products.Where(p => p.Id == application.ProductId).Select(p => p.Category).FirstAsync(cancellationToken);
        var firstTime = !await db.Loans.AnyAsync(l => l.EnterpriseId == application.EnterpriseId, cancellationToken);
        loan.Classify(category, firstTime, await stats.PortfolioOpenFromAsync(cancellationToken));
        db.Loans.Add(loan);
        if (application.NeedId is { } needId && await db.Needs.FirstOrDefaultAsync(n => n.Id == needId, cancellationToken) is { } need
            && need.FulfilIfOpen(now))
            callbacks.AfterCommit(needFacts.Invalidate);
        return new DisburseResponse(application.Id, application.Status, loan.Id, c.Amount, c.DisbursedOn);
    }
}
