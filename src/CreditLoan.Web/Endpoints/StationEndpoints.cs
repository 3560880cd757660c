using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Stations;
using Microsoft.AspNetCore.Mvc;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stations").WithTags("Stations");
        group.MapPost("/", async (CreateStationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var station = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/stations/{station.Id}", station);
        }).WithSummary("Onboard a village station (bureau)").RequireRolesOf<CreateStationCommand>();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? division, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListStationsQuery(division, page, pageSize), ct)))
            .WithSummary("The station directory: all (bureau, enterprise), partner stations (bank), its own (agent); ?division= a county, township or village code")
            .RequireRolesOf<ListStationsQuery>();
        group.MapGet("/{id:guid}/delegations", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CreditLoan.Application.Features.Consents.ListDelegatorsQuery(id), ct)))
            .WithSummary("The enterprises that authorised this station to act for them (its agents)")
            .RequireRolesOf<CreditLoan.Application.Features.Consents.ListDelegatorsQuery>();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStationQuery(id), ct))).WithSummary("Get a station (its agents, partner bank, bureau)").RequireRolesOf<GetStationQuery>();
        group.MapPost("/{id:guid}/users", async (Guid id, BankUserBody body, IMediator mediator, CancellationToken ct) =>
        {
            var user = await mediator.Send(new CreateStationUserCommand(id, body.UserName, body.Password, body.DisplayName), ct);
            return TypedResults.Created($"/api/stations/{id}/users/{user.Id}", user);
        }).WithSummary("Create an agent account for the station (bureau)").RequireRolesOf<CreateStationUserCommand>();

        // 帮办代办 for a villager without an account: registration with the paper authorisation, and the paper's scan (docs/applications.md)
        group.MapPost("/{id:guid}/assisted-registrations", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                // the station first: another station's agent is told 404 before a byte of the upload is read
                await mediator.Send(new GetStationQuery(id), ct);
                var registration = await mediator.Send(await AssistedRegistrationForm.ReadAsync(id, request, ct), ct);
                return TypedResults.Created($"/api/stations/{id}/authorisations/{registration.Id}", registration);
            })
            .WithMetadata(new DocumentedBody(typeof(AssistedRegistrationForm), "multipart/form-data"))
            .WithMetadata(new RequestSizeLimitAttribute(AssistedRegistrationForm.BodyLimit))
            .WithSummary("Register a villager's individual business or enterprise from the registry with the signed paper authorisation (授权委托书, multipart: creditCode, phone, principalName, principalIdNumber, file — JPEG, PNG or PDF, at most 5 MB) and the delegation to this station, without a sign-in account (its agents)")
            .RequireRolesOf<CreditLoan.Application.Features.Consents.RegisterAssistedCommand>();
        group.MapGet("/{id:guid}/authorisations/{authId:guid}", async (Guid id, Guid authId, IMediator mediator, CancellationToken ct) =>
                AssistedRegistrationForm.Download(await mediator.Send(new CreditLoan.Application.Features.Consents.GetAuthorisationScanQuery(id, authId), ct), inline: false))
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("The scan or photo of a paper authorisation (its station's agents, the bureau; anyone else 404)")
            .RequireRolesOf<CreditLoan.Application.Features.Consents.GetAuthorisationScanQuery>();

        // the counter (agents of the station), its books and receipts (agents, the partner bank, the bureau)
        group.MapPost("/{id:guid}/transactions", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, PostStationTransactionCommand command,
                IMediator mediator, CancellationToken ct) =>
            {
                var tx = await mediator.Send(command with { StationId = id, IdempotencyKey = key ?? "" }, ct);
                return TypedResults.Created($"/api/stations/{id}/transactions/{tx.Id}/receipt", tx);
            })
            .WithSummary("Post a cash or payment service (agent of the station); Idempotency-Key header required").RequireRolesOf<PostStationTransactionCommand>();
        group.MapPost("/{id:guid}/cash/replenish", (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, CashBody body, IMediator mediator, CancellationToken ct) =>
                MoveCash(id, key, body, CashMovement.Replenish, mediator, ct))
            .Produces<StationTransactionResponse>(StatusCodes.Status201Created).WithSummary("Cash handed over by the partner bank (领现)").RequireRolesOf<MoveStationCashCommand>();
        group.MapPost("/{id:guid}/cash/return", (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, CashBody body, IMediator mediator, CancellationToken ct) =>
                MoveCash(id, key, body, CashMovement.Return, mediator, ct))
            .Produces<StationTransactionResponse>(StatusCodes.Status201Created).WithSummary("Cash returned to the partner bank (缴现)").RequireRolesOf<MoveStationCashCommand>();
        group.MapPost("/{id:guid}/transactions/{txId:guid}/reverse", async (Guid id, Guid txId, [FromHeader(Name = "Idempotency-Key")] string? key,
                IMediator mediator, CancellationToken ct) =>
            {
                var reversal = await mediator.Send(new ReverseStationTransactionCommand(txId) { StationId = id, IdempotencyKey = key ?? "" }, ct);
                return TypedResults.Created($"/api/stations/{id}/transactions/{reversal.Id}/receipt", reversal);
            })
            .WithSummary("Reverse (冲正) a transaction of the current business date, once").RequireRolesOf<ReverseStationTransactionCommand>();
        group.MapPost("/{id:guid}/settlements", async (Guid id, SettleStationDayCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var settlement = await mediator.Send(command with { StationId = id }, ct);
                return TypedResults.Created($"/api/stations/{id}/settlements/{settlement.BusinessDate:yyyy-MM-dd}", settlement);
            })
            .WithSummary("End of day (日终): counted cash closes the business date").RequireRolesOf<SettleStationDayCommand>();
        group.MapGet("/{id:guid}/commissions", async (Guid id, IMediator mediator, CancellationToken ct, string? month) =>
                TypedResults.Ok(await mediator.Send(new GetCommissionsQuery(id, month), ct)))
            .WithSummary("Monthly commission statement").RequireRolesOf<GetCommissionsQuery>();
        group.MapGet("/{id:guid}/cash", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStationCashQuery(id), ct))).WithSummary("The station's cash").RequireRolesOf<GetStationCashQuery>();
        group.MapGet("/{id:guid}/transactions", async (Guid id, IMediator mediator, CancellationToken ct, DateOnly? date, DateOnly? from, DateOnly? to,
                string? accountNo, string? type, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListStationTransactionsQuery(id, date, page, pageSize, from, to, accountNo, type), ct)))
            .WithSummary("A business day's transactions (?date=, default the open one), or those posted on the China days ?from= to ?to=; ?accountNo=, ?type= narrow either")
            .RequireRolesOf<ListStationTransactionsQuery>();
        group.MapGet("/{id:guid}/settlements", async (Guid id, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListStationDaysQuery(id, page, pageSize), ct)))
            .WithSummary("The closed business dates, newest first").RequireRolesOf<ListStationDaysQuery>();
        group.MapGet("/{id:guid}/settlements/{date}", async (Guid id, DateOnly date, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStationDayQuery(id, date), ct)))
            .WithSummary("The daily summary (日结单) of a business date: counts and amounts by type, expected, counted cash and the difference")
            .RequireRolesOf<GetStationDayQuery>();
        group.MapGet("/{id:guid}/accounts/lookup", async (Guid id, IMediator mediator, CancellationToken ct, string? number) =>
                TypedResults.Ok(await mediator.Send(new LookupAccountQuery(id, number ?? ""), ct)))
            .WithSummary("The holder (masked) and bank of an account at the station's partner bank, to confirm before posting (its agents); other accounts 404")
            .RequireRolesOf<LookupAccountQuery>();
        group.MapGet("/{id:guid}/transactions/{txId:guid}/receipt", async (Guid id, Guid txId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(new GetReceiptQuery(id, txId), ct);
                return request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
                    ? Results.Ok(receipt)
                    : Results.Content(Receipts.Html(receipt), "text/html; charset=utf-8");
            })
            .Produces<ReceiptResponse>().WithMetadata(new AlsoProduces(AlsoProduces.Html))
            .WithSummary("Printable receipt (HTML; JSON with Accept: application/json)").RequireRolesOf<GetReceiptQuery>();
    }

    private static async Task<IResult> MoveCash(Guid id, string? key, CashBody body, CashMovement movement, IMediator mediator, CancellationToken ct)
    {
        var tx = await mediator.Send(new MoveStationCashCommand(body.Amount) { StationId = id, IdempotencyKey = key ?? "", Movement = movement }, ct);
        return TypedResults.Created($"/api/stations/{id}/transactions/{tx.Id}/receipt", tx);
    }
}

public sealed record CashBody(decimal Amount);
