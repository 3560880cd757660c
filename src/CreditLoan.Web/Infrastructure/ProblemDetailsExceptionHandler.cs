using System.Text.Json;
using System.Text.RegularExpressions;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// The one place errors become RFC 9457 problem details (api.md "Conventions"): 400 naming fields,
/// 401, 403, 404 (also for other tenants' objects), 409 with the current state, 413, 422.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, IDatabaseFailures databaseFailures,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception, databaseFailures.Classify(exception));
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "Internal server error", Detail = "The request could not be completed; it has been logged." };
        }
        if (PortalErrorPage.Applies(http))
        {
            await PortalErrorPage.WriteAsync(http, problem.Status!.Value, exception);
            return true;
        }
        if (exception switch { DomainException d => (d.Code, d.Values), ConflictException c => (c.Code, c.Values), _ => default } is ({ } code, var values))
        {
            // a coded refusal: clients show it in their own language (the portal: Refusal_{code}), its values as placeholders
            problem.Extensions["code"] = code;
            problem.Extensions["values"] = values;
        }
        http.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == 503) http.Response.Headers.RetryAfter = "1";
        if (exception is TooManyRequestsException tooMany) http.Response.Headers.RetryAfter = RetryAfterSeconds(tooMany.RetryAfter);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails? Map(Exception exception, DatabaseFailure failure) => exception switch
    {
        ValidationException v => Validation(v.Errors.GroupBy(e => CamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        UnauthenticatedException u => Problem(401, "Unauthorized", u.Message),
        TooManyRequestsException t => Problem(429, "Too many requests", t.Message),
        PasswordChangeRequiredException p => WithExtension(Problem(403, "Password change required", p.Message), "passwordChangeRequired", true),
        ForbiddenAccessException f => Problem(403, "Forbidden", f.Message),
        NotFoundException n => Problem(404, "Not found", n.Message),
        InvalidStateException s => WithExtension(Problem(409, "Conflict", s.Message), "currentState", s.CurrentState),
        ConflictException c => Problem(409, "Conflict", c.Message),
        _ when failure == DatabaseFailure.ConcurrencyConflict =>
            Problem(409, "Conflict", "The object was changed by someone else at the same time; reload it and try again."),
        _ when failure == DatabaseFailure.UniqueViolation => Problem(409, "Conflict", "An object with the same unique key already exists."),
        _ when failure == DatabaseFailure.RolledBack => Problem(409, "Conflict", "The change lost a race with a concurrent change; try again."),
        _ when failure == DatabaseFailure.Unavailable => Problem(503, "Service unavailable",
            "The database could not be reached or lost the connection; try again. A request sent with an Idempotency-Key is answered once whatever happened."),
        FieldRuleException f => WithExtension(Problem(422, "Unprocessable", f.Message), "errors",
            new Dictionary<string, string[]> { [f.Field] = [f.Message] }),
        CreditLoan.Application.Features.Applications.ProductDoesNotMatchException m =>
            WithExtension(Problem(422, "Product does not match", m.Message), "failedRules", m.FailedRules),
        DomainException d => Problem(422, "Unprocessable", d.Message),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, "Payload too large", "The request body is larger than this endpoint accepts."),
        BadHttpRequestException b when b.InnerException is JsonException j => JsonProblem(j),
        BadHttpRequestException b when BindFailureRegex().Match(b.Message) is { Success: true } m =>
            Validation(new Dictionary<string, string[]> { [m.Groups[1].Value] = [$"'{m.Groups[2].Value}' is not a valid value for {m.Groups[1].Value}."] }),
        BadHttpRequestException b => Problem(b.StatusCode, "Bad request", b.Message),
        _ => null,
    };

    private static ProblemDetails JsonProblem(JsonException j)
    {
        // a field that must be sent was left out: each one named (StrictJson)
        if (MissingRegex().Match(j.Message) is { Success: true } missing)
            return Validation(Regex.Matches(missing.Groups[1].Value, "'([^']+)'").ToDictionary(m => m.Groups[1].Value,
                m => new[] { $"{m.Groups[1].Value} is required." }));
        var path = j.Path is { Length: > 2 } p ? CamelCase(p.TrimStart('$', '.')) : "body";
        if (j.Message.Contains("Duplicate property", StringComparison.Ordinal))
            return Validation(new Dictionary<string, string[]> { [DuplicateRegex().Match(j.Message) is { Success: true } d ? d.Groups[1].Value : path] =
                ["The field is given twice; send it once."] });
        if (j.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal) && path != "body")
            return Validation(new Dictionary<string, string[]> { [path] = [$"{path} cannot be null."] });
        if (path == "body" || j.Path is null)
            return Validation(new Dictionary<string, string[]> { ["body"] = ["The body is not valid JSON: " + FirstSentence(j.Message)] });
        var enumType = EnumTargetRegex().Match(j.Message);
        var message = enumType.Success && Type.GetType(enumType.Groups[1].Value + ", CreditLoan.Domain") is { IsEnum: true } t
            ? $"Not a valid value; use one of: {string.Join(", ", Enum.GetNames(t))}."
            : "Not a valid value for this field.";
        return Validation(new Dictionary<string, string[]> { [path] = [message] });
    }

    private static ProblemDetails Validation(Dictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors) { Status = 400, Title = "Validation failed", Detail = "One or more fields are invalid: " + string.Join(", ", errors.Keys) + "." };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithExtension(ProblemDetails p, string key, object value)
    {
        p.Extensions[key] = value;
        return p;
    }

    /// <summary>Property names become camelCase like the JSON; header names (Idempotency-Key) stay as they are sent.</summary>
    private static string CamelCase(string name) => name.Contains('-') ? name :
        string.Join('.', name.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));

    /// <summary>Whole seconds, rounded up, at least one.</summary>
    internal static string RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstSentence(string s) => s.Split(". ")[0];

    [GeneratedRegex(@"missing required properties including: (.*?)\.?(?: Path|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRegex();

    [GeneratedRegex(@"Duplicate property '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateRegex();

    [GeneratedRegex(@"Failed to bind parameter ""\S+ (\w+)"" from ""(.*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailureRegex();

    [GeneratedRegex(@"converted to (CreditLoan\.Domain\.[\w.]+?)(\[\])?\.? Path", RegexOptions.CultureInvariant)]
    private static partial Regex EnumTargetRegex();
}
