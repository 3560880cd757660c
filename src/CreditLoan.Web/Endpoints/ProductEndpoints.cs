using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Products;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class ProductEndpoints
{
    public static void MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/products").WithTags("Products");
        group.MapPost("/", async (CreateProductCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var product = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/products/{product.Id}", product);
        }).WithSummary("Create a draft product (bank)").RequireRolesOf<CreateProductCommand>();
        group.MapPut("/{id:guid}", async (Guid id, UpdateProductCommand command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command with { ProductId = id }, ct))).WithSummary("Change a draft or published product (owning bank)").RequireRolesOf<UpdateProductCommand>();
        group.MapPost("/{id:guid}/publish", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new PublishProductCommand(id), ct))).WithSummary("Publish a draft (owning bank)").RequireRolesOf<PublishProductCommand>();
        group.MapPost("/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RetireProductCommand(id), ct))).WithSummary("Retire a product (owning bank)").RequireRolesOf<RetireProductCommand>();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? bankId, ProductCategory? category, string? industry,
                string? division, decimal? amount, int? termMonths, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListProductsQuery(bankId, category, industry, division, amount, termMonths, page, pageSize), ct)))
            .WithSummary("The product supermarket: published products").RequireRolesOf<ListProductsQuery>()
            .CacheOutput(CreditLoan.Web.Infrastructure.PublicCatalogCachePolicy.Name);
        group.MapGet("/mine", async (IMediator mediator, CancellationToken ct, ProductStatus? status, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListOwnProductsQuery(status, page, pageSize), ct)))
            .WithSummary("The signed-in bank's products in every state").RequireRolesOf<ListOwnProductsQuery>();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetProductQuery(id), ct))).WithSummary("Get a product").RequireRolesOf<GetProductQuery>();
        group.MapGet("/{id:guid}/schedule", async (Guid id, decimal? amount, int? termMonths, RepaymentMethod? repaymentMethod, decimal? annualRate,
                IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new PreviewScheduleQuery(id, amount ?? 0, termMonths ?? 0, repaymentMethod, annualRate), ct)))
            .WithSummary("Loan calculator: the repayment schedule of an amount, term, method and rate this product offers").RequireRolesOf<PreviewScheduleQuery>();
        group.MapGet("/{id:guid}/prospects", async (Guid id, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new GetProspectsQuery(id, page, pageSize), ct)))
            .WithSummary("Open needs matching the bank's product, enterprise masked").RequireRolesOf<GetProspectsQuery>().RequireRateLimiting(RateLimiting.Reports);
        group.MapPost("/{id:guid}/prospects/{needId:guid}/invite", async (Guid id, Guid needId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new InviteProspectCommand(id, needId), ct)))
            .WithSummary("Invite the enterprise behind a prospect to apply (it gets a message; the bank still sees it masked)")
            .RequireRolesOf<InviteProspectCommand>();
    }
}
