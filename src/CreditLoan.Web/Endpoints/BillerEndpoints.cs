using CreditLoan.Application.Features.Billers;
using CreditLoan.Domain.Billers;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>The billers (缴费单位) of utility payments (issue 18; beyond the contract, architecture.md).</summary>
public static class BillerEndpoints
{
    public static void MapBillerEndpoints(this IEndpointRouteBuilder app)
    {
        var billers = app.MapGroup("/api/billers").WithTags("Billers");
        billers.MapGet("/", async (IMediator mediator, CancellationToken ct, BillerCategory? category, bool includeRetired = false, int page = 1,
                    int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListBillersQuery(category, includeRetired, page, pageSize), ct)))
            .WithSummary("The billers the caller sees: a bank its own and the county-wide ones, an agent its partner bank's and the county-wide ones, the bureau all")
            .RequireRolesOf<ListBillersQuery>();
        billers.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBillerQuery(id), ct)))
            .WithSummary("One biller (another bank's is 404)").RequireRolesOf<GetBillerQuery>();
        billers.MapPost("/", async (CreateBillerCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var biller = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/billers/{biller.Id}", biller);
            })
            .WithSummary("Add a biller: a bank's for its partner stations, the bureau's county-wide").RequireRolesOf<CreateBillerCommand>();
        billers.MapPut("/{id:guid}", async (Guid id, UpdateBillerCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { BillerId = id }, ct)))
            .WithSummary("Change a biller's name, category and bill-number hint (its bank; the bureau)").RequireRolesOf<UpdateBillerCommand>();
        billers.MapPost("/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireBillerCommand(id), ct)))
            .WithSummary("Retire a biller: no new payment may choose it (its bank; the bureau)").RequireRolesOf<RetireBillerCommand>();
    }
}
