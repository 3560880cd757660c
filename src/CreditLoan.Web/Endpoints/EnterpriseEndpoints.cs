using CreditLoan.Application.Features.Enterprises;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class EnterpriseEndpoints
{
    public static void MapEnterpriseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises").WithTags("Enterprises");
        group.MapPost("/register", async (RegisterEnterpriseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var enterprise = await mediator.Send(command, ct);
            return TypedResults.Created("/api/enterprises/me", enterprise);
        }).WithSummary("Register an enterprise the registry knows").RequireRolesOf<RegisterEnterpriseCommand>();
        group.MapGet("/me", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetMyEnterpriseQuery(), ct))).WithSummary("The signed-in enterprise's profile").RequireRolesOf<GetMyEnterpriseQuery>();
    }
}
