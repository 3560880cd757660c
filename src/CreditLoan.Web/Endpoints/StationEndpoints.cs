using CreditLoan.Application.Features.Stations;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stations").WithTags("Stations");
        group.MapPost("/", async (CreateStationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var station = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/stations/{station.Id}", station);
        }).WithSummary("Onboard a village station (bureau)").RequireRolesOf<CreateStationCommand>();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? division, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListStationsQuery(division, page, pageSize), ct)))
            .WithSummary("The station directory: all (bureau, enterprise), partner stations (bank), its own (agent); ?division= a county, township or village code")
            .RequireRolesOf<ListStationsQuery>();
        group.MapGet("/{id:guid}/delegations", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CreditLoan.Application.Features.Consents.ListDelegatorsQuery(id), ct)))
            .WithSummary("The enterprises that authorised this station to act for them (its agents)")
            .RequireRolesOf<CreditLoan.Application.Features.Consents.ListDelegatorsQuery>();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStationQuery(id), ct))).WithSummary("Get a station (its agents, partner bank, bureau)").RequireRolesOf<GetStationQuery>();
        group.MapPost("/{id:guid}/users", async (Guid id, BankUserBody body, IMediator mediator, CancellationToken ct) =>
        {
            var user = await mediator.Send(new CreateStationUserCommand(id, body.UserName, body.Password, body.DisplayName), ct);
            return TypedResults.Created($"/api/stations/{id}/users/{user.Id}", user);
        }).WithSummary("Create an agent account for the station (bureau)").RequireRolesOf<CreateStationUserCommand>();
    }
}
