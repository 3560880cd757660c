using System.Text.Json.Serialization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Application.Features.Products;

[AuthorizeRoles(Roles.Bank)]
public sealed record CreateProductCommand(
    string Name,
    ProductCategory Category,
    decimal MinAmount,
    decimal MaxAmount,
    int MinTermMonths,
    int MaxTermMonths,
    decimal MinAnnualRate,
    decimal MaxAnnualRate,
    IReadOnlyList<RepaymentMethod>? RepaymentMethods,
    IReadOnlyList<string>? Industries,
    IReadOnlyList<string>? Divisions,
    CreditGrade MinGrade,
    int MinYearsInBusiness,
    IReadOnlyList<EnterpriseType>? EnterpriseTypes,
    bool CollateralRequired,
    IReadOnlyList<string>? RequiredMaterials,
    string? Description) : ICommand<ProductResponse>, IProductBody;

public sealed class CreateProductValidator : ProductBodyValidator<CreateProductCommand>;

public sealed class CreateProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var product = new LoanProduct(user.RequireBankId(), command.ToTerms(), clock.GetUtcNow());
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return product.ToResponse();
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record UpdateProductCommand(
    string Name,
    ProductCategory Category,
    decimal MinAmount,
    decimal MaxAmount,
    int MinTermMonths,
    int MaxTermMonths,
    decimal MinAnnualRate,
    decimal MaxAnnualRate,
    IReadOnlyList<RepaymentMethod>? RepaymentMethods,
    IReadOnlyList<string>? Industries,
    IReadOnlyList<string>? Divisions,
    CreditGrade MinGrade,
    int MinYearsInBusiness,
    IReadOnlyList<EnterpriseType>? EnterpriseTypes,
    bool CollateralRequired,
    IReadOnlyList<string>? RequiredMaterials,
    string? Description) : ICommand<ProductResponse>, IProductBody
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid ProductId { get; init; }
}

public sealed class UpdateProductValidator : ProductBodyValidator<UpdateProductCommand>;

public sealed class UpdateProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<UpdateProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await ProductAccess.OwnProductAsync(db, user, command.ProductId, cancellationToken);
        product.Update(command.ToTerms(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record PublishProductCommand(Guid ProductId) : ICommand<ProductResponse>;

public sealed class PublishProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<PublishProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(PublishProductCommand command, CancellationToken cancellationToken)
    {
        var product = await ProductAccess.OwnProductAsync(db, user, command.ProductId, cancellationToken);
        product.Publish(clock.GetUtcNow());
        await PublicationNotices.QueueAsync(db, product, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record RetireProductCommand(Guid ProductId) : ICommand<ProductResponse>;

public sealed class RetireProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<RetireProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(RetireProductCommand command, CancellationToken cancellationToken)
    {
        var product = await ProductAccess.OwnProductAsync(db, user, command.ProductId, cancellationToken);
        product.Retire(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}

internal static class ProductAccess
{
    /// <summary>The product, tracked, when it belongs to the caller's bank; otherwise 404 (never reveal it exists).</summary>
    public static async Task<LoanProduct> OwnProductAsync(IAppDbContext db, ICurrentUser user, Guid productId, CancellationToken ct)
    {
        var bankId = user.RequireBankId();
        var product = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .FirstOrDefaultAsync(db.Products, p => p.Id == productId && p.BankId == bankId, ct);
        return product ?? throw new NotFoundException("Product", productId);
    }
}
