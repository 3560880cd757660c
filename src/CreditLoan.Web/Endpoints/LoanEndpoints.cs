using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Loans;
using CreditLoan.Domain.Loans;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CreditLoan.Web.Endpoints;

public static class LoanEndpoints
{
    /// <summary>A bank's repayment file: 100,000 rows are some 6 MB.</summary>
    public const long RepaymentImportBodyLimit = 64L * 1024 * 1024;

    public static void MapLoanEndpoints(this IEndpointRouteBuilder app)
    {
        var loans = app.MapGroup("/api/loans").WithTags("Loans");
        loans.MapGet("/", async (IMediator mediator, CancellationToken ct, LoanStatus? status, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListLoansQuery(status, page, pageSize), ct)))
            .WithSummary("Loans (bureau: all; bank, enterprise: own; agent: overdue loans of its village's delegators), overdue first")
            .RequireRolesOf<ListLoansQuery>();
        loans.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetLoanQuery(id), ct))).WithSummary("A loan with its schedule").RequireRolesOf<GetLoanQuery>();
        // optional Idempotency-Key: a repeat of the request answers from the first (201 again) and records nothing more
        loans.MapPost("/{id:guid}/repayments", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, RecordRepaymentCommand command,
            IMediator mediator, CancellationToken ct) =>
        {
            var repayment = await mediator.Send(command with { LoanId = id, IdempotencyKey = key }, ct);
            return TypedResults.Created($"/api/loans/{id}", repayment);
        }).WithSummary("Record a repayment (owning bank); optional Idempotency-Key header").RequireRolesOf<RecordRepaymentCommand>();
        loans.MapPost("/{id:guid}/prepayments", async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? key, PrepayLoanCommand command,
            IMediator mediator, CancellationToken ct) =>
        {
            var loan = await mediator.Send(command with { LoanId = id, IdempotencyKey = key }, ct);
            return TypedResults.Created($"/api/loans/{id}", loan);
        }).WithSummary("Record an early repayment; the schedule is recomputed (owning bank); optional Idempotency-Key header")
            .RequireRolesOf<PrepayLoanCommand>();
        loans.MapGet("/{id:guid}/prepayments/preview", async (Guid id, IMediator mediator, CancellationToken ct, decimal? amount, DateOnly? paidOn,
                PrepaymentMode? mode) => TypedResults.Ok(await mediator.Send(new PreviewPrepaymentQuery(id, amount ?? 0, paidOn ?? default, mode), ct)))
            .WithSummary("What an early repayment would do: the instalments left before and after, and the new schedule (nothing is recorded)")
            .RequireRolesOf<PreviewPrepaymentQuery>();

        app.MapPost("/api/banks/{id:guid}/repayments/imports", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct,
                [FromQuery] string? batchId) =>
                TypedResults.Ok(await mediator.Send(new ImportRepaymentsCommand(id, batchId ?? "", request.Body), ct)))
            .WithTags("Loans")
            .WithSummary("Import a batch of repayments from the bank's core system: CSV loanId,amount,paidOn (that bank)")
            .WithMetadata(new RequestSizeLimitAttribute(RepaymentImportBodyLimit))
            .RequireRolesOf<ImportRepaymentsCommand>().RequireRateLimiting(RateLimiting.Bulk);
    }
}
