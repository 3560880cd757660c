using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Accounts;
using Mediator;

namespace CreditLoan.Web.Endpoints;

/// <summary>Accounts as whoever manages them sees them (product.md §11): the bureau every account, a bank's administrator its bank's.</summary>
public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users");
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? bankId, Guid? stationId, AccountRole? role, bool? disabled,
                    int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListUsersQuery(bankId, stationId, page, pageSize, role, disabled), ct)))
            .WithSummary("The accounts the caller manages (bureau: all; a bank's administrator: its bank's), by bank, station, role and disabled; with their owners' names").RequireRolesOf<ListUsersQuery>();
        group.MapPost("/{id}/disable", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DisableUserCommand(id), ct)))
            .WithSummary("Disable an account: its tokens and portal sessions get 401 at once").RequireRolesOf<DisableUserCommand>();
        group.MapPost("/{id}/enable", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EnableUserCommand(id), ct)))
            .WithSummary("Enable a disabled account").RequireRolesOf<EnableUserCommand>();
        group.MapPost("/{id}/reset-password", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResetPasswordCommand(id), ct)))
            .WithSummary("Reset an account's password to a temporary one, to be changed at next sign-in").RequireRolesOf<ResetPasswordCommand>();
    }
}
