using CreditLoan.Application.Features.Consents;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        var consents = app.MapGroup("/api/consents").WithTags("Consents");
        consents.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListConsentsQuery(), ct)))
            .WithSummary("The enterprise's consents").RequireRolesOf<ListConsentsQuery>();
        consents.MapPost("/{id:guid}/revoke", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RevokeConsentCommand(id), ct))).WithSummary("Revoke a consent at once").RequireRolesOf<RevokeConsentCommand>();
    }
}
