using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.CreditData;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CreditLoan.Web.Endpoints;

public static class CreditDataEndpoints
{
    /// <summary>Imports may be large (a province's registry); everything else keeps the small default limit.</summary>
    public const long ImportBodyLimit = 2L * 1024 * 1024 * 1024;

    public static void MapCreditDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/credit").WithTags("Credit data");
        group.MapPost("/imports", async (HttpRequest request, IMediator mediator, CancellationToken ct,
                [FromQuery] string? dataset, [FromQuery] string? batchId) =>
            {
                var format = DetectFormat(request.ContentType);
                var report = await mediator.Send(new ImportCreditDataCommand(dataset ?? "", batchId ?? "", request.Body, format), ct);
                return TypedResults.Ok(report);
            })
            .WithMetadata(new DocumentedBody(typeof(string), "text/csv", "application/x-ndjson"))
            .WithSummary("Import a batch of government credit data (bureau): CSV with header, or JSON lines")
            .WithMetadata(new RequestSizeLimitAttribute(ImportBodyLimit))
            .RequireRolesOf<ImportCreditDataCommand>().RequireRateLimiting(RateLimiting.Bulk);
        group.MapGet("/imports", async (IMediator mediator, CancellationToken ct, string? dataset, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListImportsQuery(dataset, page, pageSize), ct)))
            .WithSummary("The datasets with their columns, and the batches imported, newest first (bureau)")
            .RequireRolesOf<ListImportsQuery>();
    }

    /// <summary>JSON lines when the content type says so; CSV otherwise (text/csv, text/plain or none).</summary>
    public static ImportFormat DetectFormat(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type is "application/x-ndjson" or "application/jsonl" or "application/json-lines" or "application/jsonlines" or "application/json"
            ? ImportFormat.JsonLines
            : ImportFormat.Csv;
    }
}
