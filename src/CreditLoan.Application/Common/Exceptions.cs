namespace CreditLoan.Application.Common;

/// <summary>The object does not exist, or the caller may not see it (HTTP 404; never reveals which).</summary>
public sealed class NotFoundException(string entity, object key) : Exception($"{entity} '{key}' was not found.");

/// <summary>The caller's role may not perform this operation (HTTP 403).</summary>
public sealed class ForbiddenAccessException(string message = "Your role may not perform this operation.") : Exception(message);

/// <summary>No valid credentials (HTTP 401).</summary>
public sealed class UnauthenticatedException(string message = "Authentication is required.") : Exception(message);

/// <summary>The operation conflicts with what is already stored (HTTP 409).</summary>
public sealed class ConflictException(string message) : Exception(message)
{
    /// <summary>The conflict as a stable code, as <see cref="Domain.Common.DomainException.Code"/>.</summary>
    public string? Code { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];
}

/// <summary>A validation failure found by a handler (not by a validator), reported like one (HTTP 400).</summary>
public sealed class FieldValidationException(string field, string message)
    : FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(field, message)]);

/// <summary>Too many attempts from this client or at this account (HTTP 429 with <c>Retry-After</c>).</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter, string message = "Too many attempts; wait and try again.") : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The account holds a temporary password and may do nothing but change it (HTTP 403, <c>passwordChangeRequired</c>).</summary>
public sealed class PasswordChangeRequiredException()
    : Exception("The password was reset by an administrator; change it (POST /api/auth/password) before anything else.");
