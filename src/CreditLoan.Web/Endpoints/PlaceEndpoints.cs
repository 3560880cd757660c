using CreditLoan.Application.Features.Places;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>The national reference tables: statistical divisions (统计用区划代码) and GB/T 4754-2017 industries (anyone).</summary>
public static class PlaceEndpoints
{
    public static void MapPlaceEndpoints(this IEndpointRouteBuilder app)
    {
        var divisions = app.MapGroup("/api/divisions").WithTags("Places");
        divisions.MapGet("/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDivisionQuery(code), ct)))
            .WithSummary("A division: name, level, parent and its current children; retired codes stay readable").RequireRolesOf<GetDivisionQuery>();
        divisions.MapGet("/", async (string? q, string? within, string? level, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchDivisionsQuery(q, within, level, limit ?? 20), ct)))
            .WithSummary("Divisions by name (q) within a division (within) at a level, or the children of within without q")
            .RequireRolesOf<SearchDivisionsQuery>();
        app.MapGet("/api/industries", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListIndustriesQuery(), ct)))
            .WithTags("Places").WithSummary("GB/T 4754-2017 sections (门类) and divisions (大类) with names").RequireRolesOf<ListIndustriesQuery>();
    }
}
