using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

/// <summary>
/// An enterprise (or an agent it authorised) applies to a published product, optionally for one of its needs. A product
/// that does not match is refused with 422 and the failed rules. Applying grants the bank a consent to read the
/// enterprise's credit report for this application.
/// </summary>
/// <remarks>
/// With an <see cref="IdempotencyKey"/> (the API's optional <c>Idempotency-Key</c> header; the portal's apply form makes one
/// per form) the application's id is derived from the enterprise and the key: a repeat of the request — a double click, a
/// retry after a lost answer — finds the first application and returns it, and two at once cannot both insert it (the
/// loser of the primary key runs again and finds the winner's). The same key with another request is refused naming it.
/// Without a need the application declares its own <see cref="Collateral"/>; left out, it offers none, and a product that
/// requires collateral refuses it like any other rule (422). With a need, the need's collateral counts.
/// </remarks>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record SubmitApplicationCommand(Guid ProductId, Guid? NeedId, decimal Amount, int TermMonths, Guid? EnterpriseId = null,
    Collateral? Collateral = null) : ICommand<ApplicationResponse>, IKeyedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationValidator()
    {
        RuleFor(c => c.ProductId).NotEmpty().OverridePropertyName("productId");
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(c => c.Collateral).Null().When(c => c.NeedId is not null)
            .WithMessage("collateral comes from the need; leave it out when applying for a need.").OverridePropertyName("collateral");
        RuleFor(c => c.IdempotencyKey).Length(1, 64).When(c => c.IdempotencyKey is not null).OverridePropertyName("Idempotency-Key");
    }
}

public sealed class SubmitApplicationHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, CalendarProvider calendar,
    IOptions<ServiceTimeLimits> limits, TimeProvider clock) : ICommandHandler<SubmitApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var enterpriseId = await db.ActingForAsync(user, command.EnterpriseId, cancellationToken);
        var product = (await catalog.CurrentAsync(cancellationToken)).Find(command.ProductId);
        // the snapshot may be a few seconds old: the database has the last word on "published"
        if (product is null || !await db.Products.AnyAsync(p => p.Id == product.Id && p.Status == ProductStatus.Published
                && db.Banks.Any(b => b.Id == p.BankId && b.Status == Domain.Banks.BankStatus.Active), cancellationToken))
            throw new NotFoundException("Product", command.ProductId);

        var now = clock.GetUtcNow();
        var keyedId = command.IdempotencyKey is { } key ? LoanApplication.IdFor(enterpriseId, key) : (Guid?)null;
        if (keyedId is { } id && await db.Applications.AsNoTracking().Include(a => a.History).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } first)
        {
            if (first.ProductId != command.ProductId || first.NeedId != command.NeedId || first.RequestedAmount != command.Amount
                || first.RequestedTermMonths != command.TermMonths)
                throw new FieldRuleException("Idempotency-Key", "This Idempotency-Key was already used for a different request.") { Code = "KeyReused" };
            return ApplicationResponse.From(first, now);
        }

        FinancingNeed? need = null;
        if (command.NeedId is { } needId)
        {
            need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId && n.EnterpriseId == enterpriseId, cancellationToken)
                   ?? throw new FieldValidationException("needId", $"No need {needId} of this enterprise.");
            if (!need.IsOpenAt(now)) throw new FieldRuleException("needId", "The need is no longer open.") { Code = "NeedClosed" };
        }
        var enterprise = await MatchingData.EnterpriseAsync(db, enterpriseId, ChinaTime.DateOf(now), cancellationToken)
                         ?? throw new NotFoundException("Enterprise", enterpriseId);
        var failed = MatchingEngine.Explain(product, new MatchNeed(need?.Id ?? Guid.Empty, command.Amount, command.TermMonths,
            need?.Collateral ?? command.Collateral ?? Collateral.None, need?.MaxAnnualRate), enterprise);
        if (failed.Count > 0) throw new ProductDoesNotMatchException(failed);

        var acceptDueAt = await calendar.DeadlineAsync(now, limits.Value.AcceptWorkingDays, cancellationToken);
        var application = new LoanApplication(enterpriseId, product.BankId, product.Id, need?.Id, command.Amount, command.TermMonths, now, acceptDueAt,
            user.AuditName(), user.IsInRole(Roles.Agent) ? user.StationId : null,
            Identifiers.TownshipOf(enterprise.DivisionCode), Identifiers.SectionOf(enterprise.Industry), keyedId);
        db.Applications.Add(application);
        db.Consents.Add(new Consent(enterpriseId, product.BankId, application.Id, now));
        db.Notify("NewApplication", $"bank:{product.BankId}", new { applicationId = application.Id, productName = product.Name, amount = command.Amount,
            acceptDueAt, text = $"新的贷款申请：{product.Name}，{command.Amount:0.00}元，请在{ChinaTime.DateOf(acceptDueAt.AddSeconds(-1)):yyyy-MM-dd}前受理" }, now);
        return ApplicationResponse.From(application, now);
    }
}
