using CreditLoan.Application.Features.Stations;
using CreditLoan.Application.Features.Jobs;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using CreditLoan.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Web.Endpoints;

public static class StationServiceEndpoints
{
    public static void MapStationServiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/banks/{id:guid}/accounts", async (Guid id, OpenAccountCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var account = await mediator.Send(command with { BankId = id }, ct);
                return TypedResults.Created((string?)null, account); // accounts are read through the core, not at an address of their own
            })
            .WithTags("Banks").WithSummary("Open a customer account in the sandbox bank core (that bank)").RequireRolesOf<OpenAccountCommand>();

        app.MapGet("/api/banks/{id:guid}/accounts", async (Guid id, IMediator mediator, CancellationToken ct, string? search, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListAccountsQuery(id, search, page, pageSize), ct)))
            .WithTags("Banks").WithSummary("The bank's customer accounts in the sandbox core, newest first; ?search= part of a holder's name or an account number (that bank)")
            .RequireRolesOf<ListAccountsQuery>();

        var stations = app.MapGroup("/api/stations").WithTags("Station services");
        stations.MapPost("/{id:guid}/transactions", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, PostStationTransactionCommand command,
                IMediator mediator, CancellationToken ct) =>
            {
                var request = command with { StationId = id, IdempotencyKey = key ?? "" };
                var tx = await SendOnceAsync(request, mediator, () => mediator.Send(request, ct), ct);
                return TypedResults.Created($"/api/stations/{id}/transactions/{tx.Id}/receipt", tx);
            })
            .WithSummary("Post a cash or payment service (agent of the station); Idempotency-Key header required").RequireRolesOf<PostStationTransactionCommand>();
        stations.MapPost("/{id:guid}/cash/replenish", (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, CashBody body, IMediator mediator, CancellationToken ct) =>
                MoveCash(id, key, body, CashMovement.Replenish, mediator, ct))
            .WithSummary("Cash handed over by the partner bank (领现)").RequireRolesOf<MoveStationCashCommand>();
        stations.MapPost("/{id:guid}/cash/return", (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, CashBody body, IMediator mediator, CancellationToken ct) =>
                MoveCash(id, key, body, CashMovement.Return, mediator, ct))
            .WithSummary("Cash returned to the partner bank (缴现)").RequireRolesOf<MoveStationCashCommand>();
        stations.MapPost("/{id:guid}/transactions/{txId:guid}/reverse", async (Guid id, Guid txId, [FromHeader(Name = "Idempotency-Key")] string? key,
                IMediator mediator, CancellationToken ct) =>
            {
                var request = new ReverseStationTransactionCommand(txId) { StationId = id, IdempotencyKey = key ?? "" };
                var reversal = await SendOnceAsync(request, mediator, () => mediator.Send(request, ct), ct);
                return TypedResults.Created($"/api/stations/{id}/transactions/{reversal.Id}/receipt", reversal);
            })
            .WithSummary("Reverse (冲正) a transaction of the current business date, once").RequireRolesOf<ReverseStationTransactionCommand>();
        stations.MapPost("/{id:guid}/settlements", async (Guid id, SettleStationDayCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var settlement = await mediator.Send(command with { StationId = id }, ct);
                return TypedResults.Created($"/api/stations/{id}/settlements/{settlement.BusinessDate:yyyy-MM-dd}", settlement);
            })
            .WithSummary("End of day (日终): counted cash closes the business date").RequireRolesOf<SettleStationDayCommand>();
        stations.MapGet("/{id:guid}/commissions", async (Guid id, IMediator mediator, CancellationToken ct, string? month) =>
                TypedResults.Ok(await mediator.Send(new GetCommissionsQuery(id, month), ct)))
            .WithSummary("Monthly commission statement").RequireRolesOf<GetCommissionsQuery>();
        stations.MapGet("/{id:guid}/cash", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetStationCashQuery(id), ct))).WithSummary("The station's cash").RequireRolesOf<GetStationCashQuery>();
        stations.MapGet("/{id:guid}/transactions", async (Guid id, IMediator mediator, CancellationToken ct, DateOnly? date, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListStationTransactionsQuery(id, date, page, pageSize), ct)))
            .WithSummary("A business day's transactions").RequireRolesOf<ListStationTransactionsQuery>();
        stations.MapGet("/{id:guid}/transactions/{txId:guid}/receipt", async (Guid id, Guid txId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(new GetReceiptQuery(id, txId), ct);
                return request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
                    ? Results.Ok(receipt)
                    : Results.Content(ReceiptHtml(receipt), "text/html; charset=utf-8");
            })
            .WithSummary("Printable receipt (HTML; JSON with Accept: application/json)").RequireRolesOf<GetReceiptQuery>();
    }

    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Job board");
        jobs.MapPost("/", async (PostJobCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var job = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/jobs/{job.Id}", job);
        }).WithSummary("Post a job (enterprise)").RequireRolesOf<PostJobCommand>();
        jobs.MapGet("/", async (IMediator mediator, CancellationToken ct, string? division, int page = 1, int pageSize = 20) =>
            TypedResults.Ok(await mediator.Send(new ListJobsQuery(division, page, pageSize), ct)))
            .WithSummary("Jobs in a division (a township lists its villages)").RequireRolesOf<ListJobsQuery>();
    }

    private static async Task<IResult> MoveCash(Guid id, string? key, CashBody body, CashMovement movement, IMediator mediator, CancellationToken ct)
    {
        var request = new MoveStationCashCommand(body.Amount) { StationId = id, IdempotencyKey = key ?? "", Movement = movement };
        var tx = await SendOnceAsync(request, mediator, () => mediator.Send(request, ct), ct);
        return TypedResults.Created($"/api/stations/{id}/transactions/{tx.Id}/receipt", tx);
    }

    /// <summary>
    /// A retry that raced the first request with the same key loses on the key's unique index (or on an account's
    /// version); sent again, it finds the first answer and returns it. A request that lost a race on a busy account
    /// is decided again on the new balance, up to four attempts in all. Posted once either way.
    /// </summary>
    internal static async Task<StationTransactionResponse> SendOnceAsync(IIdempotentStationRequest request, IMediator mediator,
        Func<ValueTask<StationTransactionResponse>> send, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send();
            }
            catch (Exception ex) when (attempt < 4 && (DbErrors.IsUniqueViolation(ex) || ex is DbUpdateConcurrencyException || DbErrors.IsDeadlock(ex)))
            {
                // a busy station's cash account: the next attempt reads the new balance and decides again
            }
            catch (DomainException refusal) when (refusal is not InvalidStateException && request.IdempotencyKey.Length is > 0 and <= 64
                                                  && !(refusal is FieldRuleException { Field: "Idempotency-Key" }))
            {
                await mediator.Send(new RememberRefusalCommand(request.StationId, request.IdempotencyKey, StationRequests.Hash(request.Fingerprint()),
                    refusal.Message, (refusal as FieldRuleException)?.Field), ct);
                throw;
            }
        }
    }

    private static string ServiceName(string type) => type switch
    {
        "CashDeposit" => "存款",
        "CashWithdrawal" => "取款",
        "Transfer" => "转账",
        "PensionWithdrawal" => "养老金支取",
        "UtilityPayment" => "生活缴费",
        "Replenish" => "领现",
        "Return" => "缴现",
        "Reversal" => "冲正",
        _ => type,
    };

    internal static string ReceiptHtml(ReceiptResponse r) => $$"""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>回单 {{r.ReceiptNo}}</title>
        <style>body{font-family:sans-serif;width:58mm;margin:4mm}h1{font-size:14pt;text-align:center}td{padding:1mm 0}td+td{text-align:right}</style></head>
        <body><h1>{{System.Net.WebUtility.HtmlEncode(r.StationName)}}</h1><table>
        <tr><td>回单号</td><td>{{r.ReceiptNo}}</td></tr>
        <tr><td>时间</td><td>{{r.Time.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss}}</td></tr>
        <tr><td>业务</td><td>{{ServiceName(r.Type)}}</td></tr>
        <tr><td>账号</td><td>{{r.AccountNo ?? "-"}}</td></tr>
        <tr><td>金额</td><td>{{r.Amount:0.00}} 元</td></tr>
        <tr><td>余额</td><td>{{(r.BalanceAfter is { } b ? b.ToString("0.00") + " 元" : "-")}}</td></tr>
        <tr><td>代办员</td><td>{{System.Net.WebUtility.HtmlEncode(r.Agent)}}</td></tr>
        </table></body></html>
        """;
}

public sealed record CashBody(decimal Amount);
