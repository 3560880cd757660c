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
                [FromQuery] string? dataset, [FromQuery] string? batchId, [FromQuery] string? encoding) =>
            {
                var format = DetectFormat(request.ContentType);
                var report = await mediator.Send(new ImportCreditDataCommand(dataset ?? "", batchId ?? "", request.Body, format, null,
                    ImportEncodings.Parse(encoding)), ct);
                return TypedResults.Ok(report);
            })
            .WithMetadata(new DocumentedBody(typeof(string), "text/csv", "application/x-ndjson", XlsxType))
            .WithSummary("Import a batch of government credit data (bureau): CSV with header (UTF-8; GB18030/GBK with encoding=gb18030, or detected with encoding=auto), JSON lines, or an XLSX workbook")
            .WithMetadata(new RequestSizeLimitAttribute(ImportBodyLimit))
            .RequireRolesOf<ImportCreditDataCommand>().RequireRateLimiting(RateLimiting.Bulk);
        group.MapGet("/imports", async (IMediator mediator, CancellationToken ct, string? dataset, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await mediator.Send(new ListImportsQuery(dataset, page, pageSize), ct)))
            .WithSummary("The datasets with their columns, and the batches imported, newest first (bureau)")
            .RequireRolesOf<ListImportsQuery>();
    }

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>JSON lines or an XLSX workbook when the content type says so; CSV otherwise (text/csv, text/plain or none).</summary>
    public static ImportFormat DetectFormat(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/x-ndjson" or "application/jsonl" or "application/json-lines" or "application/jsonlines" or "application/json" => ImportFormat.JsonLines,
            XlsxType => ImportFormat.Xlsx,
            _ => ImportFormat.Csv,
        };
    }

    /// <summary>A dataset's import template: the header row and the example row, as XLSX (codes and dates as text cells) or CSV (UTF-8 with BOM).</summary>
    public static IResult TemplateFile(ImportTemplate template, string? format)
    {
        var name = $"import-template_{template.Dataset}";
        var stream = new MemoryStream();
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "xlsx":
                var row = template.Columns.Select((c, i) => (c, (object?)template.Example[i])).ToDictionary(x => x.c, x => x.Item2);
                MiniExcelLibs.MiniExcel.SaveAs(stream, new[] { row }, sheetName: template.Dataset);
                stream.Position = 0;
                return Results.File(stream, XlsxType, name + ".xlsx");
            case "csv":
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
                using (var csv = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture))
                {
                    foreach (var line in new[] { template.Columns, template.Example })
                    {
                        foreach (var field in line) csv.WriteField(field);
                        csv.NextRecord();
                    }
                }
                stream.Position = 0;
                return Results.File(stream, "text/csv; charset=utf-8", name + ".csv");
            default:
                throw new CreditLoan.Application.Common.FieldValidationException("format", "format must be xlsx or csv.");
        }
    }
}
