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
    }
}
