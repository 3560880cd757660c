using CreditLoan.Application.Features.Operations;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>Operations: which instance answers and which runs the background jobs (docs/operations.md, "Several instances").</summary>
public static class OpsEndpoints
{
    public static void MapOpsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/ops/instance", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInstanceStatusQuery(), ct)))
            .WithTags("Operations").WithSummary("This instance, the background jobs' lease and the jobs' last runs here (bureau)")
            .RequireRolesOf<GetInstanceStatusQuery>();
}
