using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Consents;
using CreditLoan.Application.Features.Credit;
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
        }).WithSummary("Register an enterprise the registry knows").RequireRolesOf<RegisterEnterpriseCommand>()
            .RequireRateLimiting(RateLimiting.Registration);
        group.MapGet("/register/preview", async (string? creditCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PreviewRegistrationQuery(creditCode ?? ""), ct)))
            .WithSummary("The registry's name for a credit code, to confirm before registering").RequireRolesOf<PreviewRegistrationQuery>()
            .RequireRateLimiting(RateLimiting.Registration);
        group.MapGet("/me", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetMyEnterpriseQuery(), ct))).WithSummary("The signed-in enterprise's profile").RequireRolesOf<GetMyEnterpriseQuery>();
        group.MapPost("/me/delegations", async (DelegationBody body, IMediator mediator, CancellationToken ct) =>
        {
            var delegation = await mediator.Send(new GrantDelegationCommand(body.StationId), ct);
            return TypedResults.Created($"/api/enterprises/me/delegations/{delegation.StationId}", delegation);
        }).WithSummary("Authorise a station's agents to act for this enterprise (帮办授权)").RequireRolesOf<GrantDelegationCommand>();
        group.MapGet("/me/delegations", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListDelegationsQuery(), ct))).WithSummary("Authorised stations").RequireRolesOf<ListDelegationsQuery>();
        group.MapDelete("/me/delegations/{stationId:guid}", async (Guid stationId, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RevokeDelegationCommand(stationId), ct);
            return TypedResults.NoContent();
        }).WithSummary("Withdraw a station's authorisation").RequireRolesOf<RevokeDelegationCommand>();
        group.MapGet("/{id:guid}/credit-report", async (Guid id, IMediator mediator, CancellationToken ct, string? purpose) =>
                TypedResults.Ok(await mediator.Send(new GetCreditReportQuery(id, purpose), ct)))
            .WithSummary("Credit report (the enterprise, the bureau, a bank with a live consent); every read audited")
            .RequireRolesOf<GetCreditReportQuery>().RequireRateLimiting(RateLimiting.Reports);
    }
}

public sealed record DelegationBody(Guid StationId);
