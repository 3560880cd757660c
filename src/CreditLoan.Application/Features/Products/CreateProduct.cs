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
    [property: MultiLine] string? Description) : ICommand<ProductResponse>, IProductBody;

public sealed class CreateProductValidator(Places.DivisionCatalog divisions) : ProductBodyValidator<CreateProductCommand>(divisions);

public sealed class CreateProductHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateProductCommand, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var product = new LoanProduct(user.RequireBankId(), command.ToTerms(), clock.GetUtcNow());
        db.Products.Add(product);
        return product.ToResponse();
    }
}
