using CreditLoan.Application.Features.Auth;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/token", async (IssueTokenCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Exchange a user name and password for a bearer token")
            .RequireRolesOf<IssueTokenCommand>();
        group.MapPost("/password", async (ChangePasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Change one's own password; the user's other sessions and tokens end").RequireRolesOf<ChangePasswordCommand>();
        group.MapPost("/logout", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new LogoutCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sign out: this token gets 401 from now on").RequireRolesOf<LogoutCommand>();
    }
}
