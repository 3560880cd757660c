using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.Stations;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class BankEndpoints
{
    public static void MapBankEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/banks").WithTags("Banks");
        group.MapPost("/", async (CreateBankCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var bank = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/banks/{bank.Id}", bank);
        }).WithSummary("Onboard a bank (bureau)").RequireRolesOf<CreateBankCommand>();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new GetBanksQuery(page, pageSize), ct))).WithSummary("List banks").RequireRolesOf<GetBanksQuery>();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetBankQuery(id), ct))).WithSummary("Get a bank").RequireRolesOf<GetBankQuery>();
        group.MapPost("/{id:guid}/users", async (Guid id, BankUserBody body, IMediator mediator, CancellationToken ct) =>
        {
            var user = await mediator.Send(new CreateBankUserCommand(id, body.UserName, body.Password, body.DisplayName), ct);
            return TypedResults.Created($"/api/banks/{id}/users/{user.Id}", user);
        }).WithSummary("Create a bank officer account (bureau)").RequireRolesOf<CreateBankUserCommand>();
        group.MapGet("/{id:guid}/settings", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetBankSettingsQuery(id), ct))).WithSummary("The bank's settings (that bank, bureau)").RequireRolesOf<GetBankSettingsQuery>();
        group.MapPut("/{id:guid}/settings", async (Guid id, BankSettingsBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new UpdateBankSettingsCommand(id, body.MakerCheckerThreshold, body.WithdrawalLimitPerDay,
                body.WithdrawalLimitPerTransaction, body.Commissions), ct))).WithSummary("Change the bank's settings (that bank)").RequireRolesOf<UpdateBankSettingsCommand>();

        // the sandbox bank core's customer accounts
        group.MapPost("/{id:guid}/accounts", async (Guid id, OpenAccountCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var account = await mediator.Send(command with { BankId = id }, ct);
                return TypedResults.Created((string?)null, account); // accounts are read through the core, not at an address of their own
            })
            .WithSummary("Open a customer account in the sandbox bank core (that bank)").RequireRolesOf<OpenAccountCommand>();

        group.MapGet("/{id:guid}/accounts", async (Guid id, IMediator mediator, CancellationToken ct, string? search, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListAccountsQuery(id, search, page, pageSize), ct)))
            .WithSummary("The bank's customer accounts in the sandbox core, newest first; ?search= part of a holder's name or an account number (that bank)")
            .RequireRolesOf<ListAccountsQuery>();
    }
}

public sealed record BankUserBody(string UserName, string Password, string DisplayName);

public sealed record BankSettingsBody(
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<CreditLoan.Domain.Common.TransactionType, decimal>? Commissions);
