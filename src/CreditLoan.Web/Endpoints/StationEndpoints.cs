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
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStationQuery(id), ct))).WithSummary("Get a station (its agents, partner bank, bureau)").RequireRolesOf<GetStationQuery>();
        group.MapPost("/{id:guid}/users", async (Guid id, BankUserBody body, IMediator mediator, CancellationToken ct) =>
        {
            var user = await mediator.Send(new CreateStationUserCommand(id, body.UserName, body.Password, body.DisplayName), ct);
            return TypedResults.Created($"/api/stations/{id}/users/{user.Id}", user);
        }).WithSummary("Create an agent account for the station (bureau)").RequireRolesOf<CreateStationUserCommand>();
    }
}
