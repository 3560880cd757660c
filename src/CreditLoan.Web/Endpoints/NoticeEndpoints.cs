using CreditLoan.Application.Features.Notices;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/notices").WithTags("Notices");
        notices.MapPost("/", async (SendNoticeCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var notice = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/notices/{notice.Id}", notice);
        }).WithSummary("Broadcast a notice to enterprises by township and/or industry (bureau)").RequireRolesOf<SendNoticeCommand>();
        notices.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetNoticeQuery(id), ct)))
            .WithSummary("A notice with its delivery counts (bureau)").RequireRolesOf<GetNoticeQuery>();
        notices.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListNoticesQuery(page ?? 1, pageSize ?? Application.Common.Models.Paging.DefaultPageSize), ct)))
            .WithSummary("Notices, newest first (bureau)").RequireRolesOf<ListNoticesQuery>();
    }
}
