using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>
/// The loan calculator (贷款计算器): the repayment schedule a loan of this product would have — the schedule engine the
/// loans use (<see cref="RepaymentSchedule"/>), disbursed today (China date), at a rate within the product's range (its
/// lowest when none is given). Refused, naming the field, outside what the product offers. Anyone, for a published
/// product; a bank also for its own drafts.
/// </summary>
[AllowAnonymousRequest]
public sealed record PreviewScheduleQuery(Guid ProductId, decimal Amount, int TermMonths, RepaymentMethod? RepaymentMethod, decimal? AnnualRate = null)
    : IQuery<SchedulePreview>;

public sealed record SchedulePreview(
    Guid ProductId,
    decimal Amount,
    int TermMonths,
    decimal AnnualRate,
    RepaymentMethod RepaymentMethod,
    DateOnly DisbursedOn,
    decimal TotalInterest,
    decimal TotalPayment,
    decimal FirstPayment,
    decimal LargestPayment,
    IReadOnlyList<ScheduledPayment> Schedule);

public sealed class PreviewScheduleValidator : AbstractValidator<PreviewScheduleQuery>
{
    public PreviewScheduleValidator()
    {
        RuleFor(q => q.Amount).PositiveYuan("amount");
        RuleFor(q => q.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(q => q.RepaymentMethod).NotNull().IsInEnum().OverridePropertyName("repaymentMethod");
        RuleFor(q => q.AnnualRate!.Value).GreaterThanOrEqualTo(0).LessThanOrEqualTo(36).Must(Money.IsRate)
            .When(q => q.AnnualRate is not null).OverridePropertyName("annualRate");
    }
}

public sealed class PreviewScheduleHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, TimeProvider clock)
    : IQueryHandler<PreviewScheduleQuery, SchedulePreview>
{
    public async ValueTask<SchedulePreview> Handle(PreviewScheduleQuery query, CancellationToken cancellationToken)
    {
        var product = (await catalog.CurrentAsync(cancellationToken)).Find(query.ProductId)
                      ?? await db.Products.AsNoTracking().VisibleTo(user, db).FindAsync("Product", query.ProductId, cancellationToken);
        if (query.Amount < product.MinAmount || query.Amount > product.MaxAmount)
            throw new FieldRuleException("amount", $"amount must be within the product's {product.MinAmount:0.00}–{product.MaxAmount:0.00}.")
                { Code = "AmountOutsideProduct", Values = [Yuan(product.MinAmount), Yuan(product.MaxAmount)] };
        if (query.TermMonths < product.MinTermMonths || query.TermMonths > product.MaxTermMonths)
            throw new FieldRuleException("termMonths", $"termMonths must be within the product's {product.MinTermMonths}–{product.MaxTermMonths}.")
                { Code = "TermOutsideProduct", Values = [$"{product.MinTermMonths}", $"{product.MaxTermMonths}"] };
        var rate = query.AnnualRate ?? product.MinAnnualRate;
        var method = query.RepaymentMethod!.Value;
        product.CheckOffer(rate, query.TermMonths, method);

        var today = ChinaTime.Today(clock);
        var schedule = RepaymentSchedule.Generate(query.Amount, rate, query.TermMonths, method, today);
        return new SchedulePreview(product.Id, query.Amount, query.TermMonths, rate, method, today,
            schedule.Sum(p => p.Interest), schedule.Sum(p => p.Payment), schedule[0].Payment, schedule.Max(p => p.Payment), schedule);
    }

    private static string Yuan(decimal v) => v.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
}
