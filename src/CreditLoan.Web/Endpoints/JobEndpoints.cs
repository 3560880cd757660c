using CreditLoan.Application.Features.Jobs;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Job board");
        jobs.MapPost("/", async (PostJobCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var job = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/jobs/{job.Id}", job);
        }).WithSummary("Post a job (enterprise)").RequireRolesOf<PostJobCommand>();
        jobs.MapGet("/", async (IMediator mediator, CancellationToken ct, string? division, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListJobsQuery(division, page, pageSize), ct)))
            .WithSummary("Jobs in a division (a township lists its villages)").RequireRolesOf<ListJobsQuery>();
    }
}
