using System.Text.Json.Serialization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Application.Features.Products;

[AuthorizeRoles(Roles.Bank)]
public sealed record PublishProductCommand(Guid ProductId) : ICommand<ProductResponse>;

public sealed class PublishProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<PublishProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(PublishProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.Products.OwnedBy(user).FindAsync("Product", command.ProductId, cancellationToken);
        product.Publish(clock.GetUtcNow());
        await PublicationNotices.QueueAsync(db, product, clock, cancellationToken);
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}
