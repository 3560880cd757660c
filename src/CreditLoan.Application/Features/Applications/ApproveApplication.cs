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

[AuthorizeRoles(Roles.Bank)]
public sealed record ApproveApplicationCommand(decimal Amount, decimal AnnualRate, int TermMonths, RepaymentMethod RepaymentMethod)
    : ICommand<ApplicationResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class ApproveApplicationValidator : AbstractValidator<ApproveApplicationCommand>
{
    public ApproveApplicationValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.AnnualRate).GreaterThan(0).LessThanOrEqualTo(36).Must(Money.IsRate)
            .WithMessage("annualRate must be a percentage above 0 with at most 4 decimals.").OverridePropertyName("annualRate");
        RuleFor(c => c.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(c => c.RepaymentMethod).IsInEnum().OverridePropertyName("repaymentMethod");
    }
}

public sealed class ApproveApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(ApproveApplicationCommand c, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", c.ApplicationId, cancellationToken);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == application.ProductId, cancellationToken);
        var threshold = await db.Banks.Where(b => b.Id == application.BankId).Select(b => b.MakerCheckerThreshold).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        application.Approve(c.Amount, c.AnnualRate, c.TermMonths, c.RepaymentMethod, product, threshold, now, user.AuditName());
        return ApplicationResponse.From(application, now);
    }
}
