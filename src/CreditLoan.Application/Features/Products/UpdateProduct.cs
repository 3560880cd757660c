using System.Text.Json.Serialization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Application.Features.Products;

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
    [property: MultiLine] string? Description) : ICommand<ProductResponse>, IProductBody
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid ProductId { get; init; }
}

public sealed class UpdateProductValidator(Places.DivisionCatalog divisions) : ProductBodyValidator<UpdateProductCommand>(divisions);

public sealed class UpdateProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ProductCatalog catalog, CommitCallbacks callbacks) : ICommandHandler<UpdateProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.Products.OwnedBy(user).FindAsync("Product", command.ProductId, cancellationToken);
        product.Update(command.ToTerms(), clock.GetUtcNow());
        callbacks.AfterCommit(catalog.Invalidate);
        return product.ToResponse();
    }
}
