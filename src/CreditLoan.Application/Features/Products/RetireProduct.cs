using System.Text.Json.Serialization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Application.Features.Products;

[AuthorizeRoles(Roles.Bank)]
public sealed record RetireProductCommand(Guid ProductId) : ICommand<ProductResponse>;

public sealed class RetireProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<RetireProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(RetireProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.Products.OwnedBy(user).FindAsync("Product", command.ProductId, cancellationToken);
        product.Retire(clock.GetUtcNow());
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}
