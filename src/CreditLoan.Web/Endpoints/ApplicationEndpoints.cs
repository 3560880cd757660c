using CreditLoan.Application.Features.Applications;
using CreditLoan.Application.Features.Loans;
using CreditLoan.Domain.Applications;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var apps = app.MapGroup("/api/applications").WithTags("Applications");
        apps.MapPost("/", async ([Microsoft.AspNetCore.Mvc.FromHeader(Name = "Idempotency-Key")] string? key, SubmitApplicationCommand command,
            IMediator mediator, CancellationToken ct) =>
        {
            // optional here: with a key, a repeat of the request returns the first application (201 again) and creates none
            var application = await mediator.Send(command with { IdempotencyKey = key }, ct);
            return TypedResults.Created($"/api/applications/{application.Id}", application);
        }).WithSummary("Apply to a published product (enterprise; agent with enterpriseId); optional Idempotency-Key header").RequireRolesOf<SubmitApplicationCommand>();
        apps.MapGet("/", async (IMediator mediator, CancellationToken ct, ApplicationStatus? status, Guid? bankId, Guid? productId, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListApplicationsQuery(status, bankId, productId, page, pageSize), ct)))
            .WithSummary("Applications the caller may see").RequireRolesOf<ListApplicationsQuery>();
        apps.MapGet("/inbox", async (IMediator mediator, CancellationToken ct, string? search, ApplicationStatus? status, InboxSort sort = InboxSort.Deadline,
                bool descending = false, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListInboxQuery(search, status, sort, descending, page, pageSize), ct)))
            .WithSummary("The bank's inbox: who applied, for what, how much, the deadline; searchable and sortable").RequireRolesOf<ListInboxQuery>();
        apps.MapGet("/{id:guid}/dossier", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetApplicationDossierQuery(id), ct)))
            .WithSummary("The bank's file on an application: the applicant, its need, the product, the consent, the history by name")
            .RequireRolesOf<GetApplicationDossierQuery>();
        apps.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetApplicationQuery(id), ct))).WithSummary("An application with its history").RequireRolesOf<GetApplicationQuery>();
        apps.MapPost("/{id:guid}/accept", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AcceptApplicationCommand(id), ct))).WithSummary("Accept (受理)").RequireRolesOf<AcceptApplicationCommand>();
        apps.MapPost("/{id:guid}/approve", async (Guid id, ApproveApplicationCommand command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command with { ApplicationId = id }, ct)))
            .WithSummary("Approve terms (授信); held for a second officer above the bank's threshold").RequireRolesOf<ApproveApplicationCommand>();
        apps.MapPost("/{id:guid}/confirm-approval", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ConfirmApprovalCommand(id), ct)))
            .WithSummary("A second officer confirms a held approval (双人复核)").RequireRolesOf<ConfirmApprovalCommand>();
        apps.MapPost("/{id:guid}/reject", async (Guid id, RejectApplicationCommand command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command with { ApplicationId = id }, ct))).WithSummary("Reject with a reason").RequireRolesOf<RejectApplicationCommand>();
        apps.MapPost("/{id:guid}/withdraw", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new WithdrawApplicationCommand(id), ct))).WithSummary("Withdraw before approval").RequireRolesOf<WithdrawApplicationCommand>();
        apps.MapPost("/{id:guid}/disburse", async (Guid id, DisburseApplicationCommand command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command with { ApplicationId = id }, ct))).WithSummary("Disburse (放款): creates the loan").RequireRolesOf<DisburseApplicationCommand>();
        apps.MapPost("/{id:guid}/supervision-notes", async (Guid id, SuperviseApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var note = await mediator.Send(command with { ApplicationId = id }, ct);
            return TypedResults.Created($"/api/applications/{id}/dossier", note);
        }).WithSummary("The bureau's 督办: a note in the application's history, sent to the bank").RequireRolesOf<SuperviseApplicationCommand>();
        apps.MapPost("/{id:guid}/rating", async (Guid id, RateServiceCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var rating = await mediator.Send(command with { ApplicationId = id }, ct);
            return TypedResults.Created($"/api/applications/{id}/rating", rating);
        }).WithSummary("Rate the service after disbursal (好差评), once").RequireRolesOf<RateServiceCommand>();
    }
}
