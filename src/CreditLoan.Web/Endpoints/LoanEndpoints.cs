using CreditLoan.Application.Features.Loans;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class LoanEndpoints
{
    public static void MapLoanEndpoints(this IEndpointRouteBuilder app)
    {
        var loans = app.MapGroup("/api/loans").WithTags("Loans");
        loans.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetLoanQuery(id), ct))).WithSummary("A loan with its schedule").RequireRolesOf<GetLoanQuery>();
        loans.MapPost("/{id:guid}/repayments", async (Guid id, RecordRepaymentCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var repayment = await mediator.Send(command with { LoanId = id }, ct);
            return TypedResults.Created($"/api/loans/{id}", repayment);
        }).WithSummary("Record a repayment (owning bank)").RequireRolesOf<RecordRepaymentCommand>();
    }
}
