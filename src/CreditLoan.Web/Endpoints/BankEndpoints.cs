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
            var user = await mediator.Send(new CreateBankUserCommand(id, body.UserName, body.Password, body.DisplayName, body.Role, body.Phone), ct);
            return TypedResults.Created($"/api/users/{user.Id}", user);
        }).WithSummary("Create a bank account: administrators by the bureau (a bank's first account is its administrator), officers by the bureau or the bank's administrator")
            .RequireRolesOf<CreateBankUserCommand>();
        group.MapPost("/{id:guid}/suspend", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuspendBankCommand(id), ct)))
            .WithSummary("Suspend a bank: its users cannot act, its products leave the supermarket (bureau)").RequireRolesOf<SuspendBankCommand>();
        group.MapPost("/{id:guid}/reinstate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReinstateBankCommand(id), ct)))
            .WithSummary("Reinstate a suspended bank (bureau)").RequireRolesOf<ReinstateBankCommand>();
        group.MapGet("/{id:guid}/settings", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetBankSettingsQuery(id), ct))).WithSummary("The bank's settings (that bank, bureau)").RequireRolesOf<GetBankSettingsQuery>();
        group.MapPut("/{id:guid}/settings", async Task<IResult> (Guid id, BankSettingsBody body, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new UpdateBankSettingsCommand(id, body.MakerCheckerThreshold, body.WithdrawalLimitPerDay,
                    body.WithdrawalLimitPerTransaction, body.Commissions), ct);
                return result.Pending is { } pending
                    ? TypedResults.Accepted($"/api/banks/{id}/settings/changes/{pending.ChangeId}", pending)
                    : TypedResults.Ok(result.Settings);
            })
            .WithSummary("Change the bank's settings (its administrator); a change that weakens a control answers 202 PendingConfirmation")
            .Produces<BankSettingsResponse>().Produces<SettingChangeResponse>(StatusCodes.Status202Accepted)
            .RequireRolesOf<UpdateBankSettingsCommand>();
        group.MapPost("/{id:guid}/settings/changes/{changeId:guid}/confirm", async (Guid id, Guid changeId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfirmSettingChangeCommand(id, changeId), ct)))
            .WithSummary("Confirm a change that weakens a control (another administrator of the bank)").RequireRolesOf<ConfirmSettingChangeCommand>();

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

public sealed record BankUserBody(string UserName, string Password, string DisplayName, CreditLoan.Application.Common.Security.AccountRole? Role = null,
    string? Phone = null);

public sealed record BankSettingsBody(
    decimal? MakerCheckerThreshold,
    decimal WithdrawalLimitPerDay,
    decimal WithdrawalLimitPerTransaction,
    IReadOnlyDictionary<CreditLoan.Domain.Common.TransactionType, decimal> Commissions);
