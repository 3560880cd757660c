using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>The product supermarket: published products only, newest first.</summary>
[AllowAnonymousRequest]
public sealed record ListProductsQuery(
    Guid? BankId = null,
    ProductCategory? Category = null,
    string? Industry = null,
    string? Division = null,
    decimal? Amount = null,
    int? TermMonths = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ProductResponse>>, IPagedQuery;

public sealed class ListProductsValidator : AbstractValidator<ListProductsQuery>
{
    public ListProductsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Industry).Must(Identifiers.IsValidIndustry).WithMessage("industry must be a GB/T 4754 code such as A or A03.")
            .OverridePropertyName("industry").When(q => q.Industry is not null);
        RuleFor(q => q.Division).Must(Identifiers.IsValidDivision).WithMessage("division must be a 6, 9 or 12-digit division code.")
            .OverridePropertyName("division").When(q => q.Division is not null);
        RuleFor(q => q.Amount).GreaterThan(0).OverridePropertyName("amount");
        RuleFor(q => q.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(q => q.Category).IsInEnum().OverridePropertyName("category");
    }
}

public sealed class ListProductsHandler(ProductCatalog catalog) : IQueryHandler<ListProductsQuery, PagedList<ProductResponse>>
{
    public async ValueTask<PagedList<ProductResponse>> Handle(ListProductsQuery q, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        IEnumerable<LoanProduct> products = snapshot.Products;
        var filtered = q.BankId is not null || q.Category is not null || q.Amount is not null || q.TermMonths is not null
                       || q.Industry is not null || q.Division is not null;
        if (filtered)
        {
            products = products.Where(p =>
                (q.BankId is not { } bankId || p.BankId == bankId)
                && (q.Category is not { } category || p.Category == category)
                && (q.Amount is not { } amount || (p.MinAmount <= amount && p.MaxAmount >= amount))
                && (q.TermMonths is not { } term || (p.MinTermMonths <= term && p.MaxTermMonths >= term))
                && (q.Industry is null || p.IsIndustryEligible(q.Industry))
                && (q.Division is null || p.IsDivisionEligible(q.Division)));
        }
        var list = filtered ? products.ToList() : snapshot.Products;
        var items = list.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).Select(snapshot.ToResponse).ToList();
        return new PagedList<ProductResponse>(items, q.Page, q.PageSize, list.Count);
    }
}
