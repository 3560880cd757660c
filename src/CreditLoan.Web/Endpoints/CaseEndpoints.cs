using CreditLoan.Application.Features.Cases;
using CreditLoan.Domain.Cases;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>The 办不成事 cases and the ratings (好差评), api.md "v1.1 additions: Cases and ratings".</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");
        cases.MapPost("/", async (LodgeCaseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var lodged = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/cases/{lodged.Id}", lodged);
        }).WithSummary("Lodge a case (办不成事): enterprise about its own; agent for a villager (onBehalfOf); bureau").RequireRolesOf<LodgeCaseCommand>();
        cases.MapGet("/", async (IMediator mediator, CancellationToken ct, CaseStatus? status, bool? overdue, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListCasesQuery(status, overdue, page, pageSize), ct)))
            .WithSummary("Cases the caller may see; overdue=true: the overdue ones (督办)").RequireRolesOf<ListCasesQuery>();
        cases.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCaseQuery(id), ct))).WithSummary("A case with its timeline").RequireRolesOf<GetCaseQuery>();
        cases.MapPost("/{id:guid}/triage", async (Guid id, TriageCaseCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CaseId = id }, ct)))
            .WithSummary("Triage (bureau): tier, cause, the party that answers; sets dueAt").RequireRolesOf<TriageCaseCommand>();
        cases.MapPost("/{id:guid}/reply", async (Guid id, ReplyCaseCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CaseId = id }, ct)))
            .WithSummary("The assigned bank, station or bureau answers").RequireRolesOf<ReplyCaseCommand>();
        cases.MapPost("/{id:guid}/close", async (Guid id, CloseCaseCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CaseId = id }, ct)))
            .WithSummary("Close (bureau) with the outcome and the reason; closedOnTime").RequireRolesOf<CloseCaseCommand>();

        app.MapPost("/api/ratings", async (GiveRatingCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var rating = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/ratings/{rating.Id}", rating);
            }).WithTags("Cases")
            .WithSummary("Rate a station transaction, an application's decision or a closed case once, 1–5 (好差评); 1–2 opens a follow-up case")
            .RequireRolesOf<GiveRatingCommand>();
    }
}
