using CreditLoan.Application.Features.Messages;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>The enterprise's message centre (站内信): its messages, the unread count, marking read.</summary>
public static class MessageEndpoints
{
    public static void MapMessageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/messages").WithTags("Messages");
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? category, bool unreadOnly = false, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListMessagesQuery(category, unreadOnly, page, pageSize), ct)))
            .WithSummary("The enterprise's messages, newest first, with the unread counts").RequireRolesOf<ListMessagesQuery>();
        group.MapGet("/unread-count", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new CountUnreadMessagesQuery(), ct))).WithSummary("How many messages are unread").RequireRolesOf<CountUnreadMessagesQuery>();
        group.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MarkMessageReadCommand(id), ct))).WithSummary("Mark a message read").RequireRolesOf<MarkMessageReadCommand>();
        group.MapPost("/read-all", async (IMediator mediator, CancellationToken ct, string? category) =>
                TypedResults.Ok(await mediator.Send(new MarkAllMessagesReadCommand(category), ct)))
            .WithSummary("Mark every message (or one category's) read").RequireRolesOf<MarkAllMessagesReadCommand>();
    }
}
