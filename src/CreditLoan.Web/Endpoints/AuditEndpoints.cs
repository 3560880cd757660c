using CreditLoan.Application.Features.Audit;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>The audit log for the bureau (docs/architecture.md "Audit log"; beyond the contract, "Endpoints beyond the contract").</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/audit").WithTags("Audit").MapGet("/", async (IMediator mediator, CancellationToken ct, string? actor, string? action,
                    string? entityId, string? outcome, DateOnly? from, DateOnly? to, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListAuditLogQuery(actor, action, entityId, outcome, from, to, page, pageSize), ct)))
            .WithSummary("The audit log, newest first: by actor (user name), action, entity id, outcome and China days from–to (the last 30 days by default)")
            .RequireRolesOf<ListAuditLogQuery>();
    }
}
