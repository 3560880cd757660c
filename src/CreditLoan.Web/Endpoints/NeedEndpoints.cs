using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Needs;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CreditLoan.Web.Endpoints;

public static class NeedEndpoints
{
    private static readonly ConditionalWeakTable<MatchesResponse, byte[]> RenderedMatches = new();

    public static void MapNeedEndpoints(this IEndpointRouteBuilder app)
    {
        var needs = app.MapGroup("/api/needs").WithTags("Needs and matching");
        needs.MapPost("/", async (PostNeedCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var need = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/needs/{need.Id}", need);
        }).WithSummary("Post a financing need (enterprise; agent with enterpriseId)").RequireRolesOf<PostNeedCommand>();
        needs.MapGet("/", async (IMediator mediator, CancellationToken ct, NeedStatus? status, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListNeedsQuery(status, page, pageSize), ct)))
            .WithSummary("Needs the caller may see").RequireRolesOf<ListNeedsQuery>();
        needs.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetNeedQuery(id), ct))).WithSummary("Get a need").RequireRolesOf<GetNeedQuery>();
        needs.MapGet("/{id:guid}/matches", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var matches = await mediator.Send(new GetNeedMatchesQuery(id), ct);
                // The matches cache hands out the same response object while it is valid: serialise it once.
                var json = RenderedMatches.GetValue(matches, m => JsonSerializer.SerializeToUtf8Bytes(m,
                    http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
                return TypedResults.Bytes(json, "application/json");
            })
            .Produces<MatchesResponse>()
            .WithSummary("Matching products, best first, with reasons").RequireRolesOf<GetNeedMatchesQuery>().RequireRateLimiting(RateLimiting.Reports);
        needs.MapGet("/{id:guid}/matches/{productId:guid}/explain", async (Guid id, Guid productId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ExplainMatchQuery(id, productId), ct)))
            .WithSummary("Which rules a product fails for this need").RequireRolesOf<ExplainMatchQuery>().RequireRateLimiting(RateLimiting.Reports);
        needs.MapPost("/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new CloseNeedCommand(id), ct))).WithSummary("Close a need (owner)").RequireRolesOf<CloseNeedCommand>();
    }
}
