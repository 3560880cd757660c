using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>A published product for anyone; a draft or retired one only for its own bank.</summary>
[AllowAnonymousRequest]
public sealed record GetProductQuery(Guid ProductId) : IQuery<ProductResponse>;

public sealed class GetProductHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog) : IQueryHandler<GetProductQuery, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(GetProductQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        if (snapshot.Find(query.ProductId) is { } published) return snapshot.ToResponse(published);
        var product = await db.Products.AsNoTracking().VisibleTo(user, db).FindAsync("Product", query.ProductId, cancellationToken);
        var bankName = await db.Banks.AsNoTracking().Where(b => b.Id == product.BankId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
        return product.ToResponse() with { BankName = bankName };
    }
}
