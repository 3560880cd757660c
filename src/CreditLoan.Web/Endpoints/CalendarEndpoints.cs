using CreditLoan.Web.Infrastructure;
using CreditLoan.Application.Features.Calendar;
using Mediator;

namespace CreditLoan.Web.Endpoints;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapGet("/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Text(await mediator.Send(new GetCalendarQuery(year), ct), "application/json"))
            .Produces<CalendarYearDocument>(contentType: "application/json")
            .WithSummary("The working-day calendar of a year (official: false for a provisional year computed from the statutory holidays)").RequireRolesOf<GetCalendarQuery>();
        calendar.MapPut("/{year:int}", async (int year, HttpRequest request, IMediator mediator, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return TypedResults.Text(await mediator.Send(new PutCalendarCommand(year, await reader.ReadToEndAsync(ct)), ct), "application/json");
        }).WithMetadata(new DocumentedBody(typeof(CalendarYearDocument), "application/json")).Produces<CalendarYearDocument>(contentType: "application/json")
          .WithSummary("Upload a year's official arrangement (bureau); open applications' deadlines are recomputed").RequireRolesOf<PutCalendarCommand>();
        calendar.MapGet("/status", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCalendarStatusQuery(), ct)))
            .WithSummary("Whether this and next year's official arrangements are in force (bureau; the reminder from 1 November)")
            .RequireRolesOf<GetCalendarStatusQuery>();
    }
}

/// <summary>
/// A year's holiday arrangement as uploaded and answered (docs/operations.md, "The working-day calendar"). The handler reads
/// the body itself (CalendarFile names each refused field); this record only describes it in the OpenAPI document.
/// </summary>
/// <param name="Official">Answered: false for a provisional year computed from the statutory holidays; ignored on upload.</param>
/// <param name="TimeZone">Always Asia/Shanghai (China days).</param>
public sealed record CalendarYearDocument(int Year, IReadOnlyList<CalendarHoliday> Holidays, bool? Official = null, string? Source = null,
    string? TimeZone = null, IReadOnlyList<DateOnly>? AdjustedWorkingDays = null);

/// <summary>A holiday from one day to another, both included.</summary>
public sealed record CalendarHoliday(string Name, DateOnly From, DateOnly To);
