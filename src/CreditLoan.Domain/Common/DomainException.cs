namespace CreditLoan.Domain.Common;

/// <summary>A business rule refused the operation (HTTP 422).</summary>
public class DomainException(string message) : Exception(message)
{
    /// <summary>
    /// The refusal as a stable code (problem details' <c>code</c>): the portal shows <c>Refusal_{Code}</c> from its resources,
    /// in the reader's language, with <see cref="Values"/> as its placeholders. Null for a rule that has none yet.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The values the coded text takes, in order (amounts, dates, names as written in the message).</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}

/// <summary>The entity is not in a state that allows the operation (HTTP 409, naming the current state).</summary>
public sealed class InvalidStateException(string entity, string currentState, string attempted)
    : DomainException($"{entity} is {currentState}; cannot {attempted}.")
{
    public string CurrentState { get; } = currentState;
}

/// <summary>A business rule about one field refused the value (HTTP 422 naming the field).</summary>
public sealed class FieldRuleException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// The values of a coded refusal (<see cref="DomainException.Values"/>), written one way for every client: amounts grouped
/// with two decimals (100,000.00), days as yyyy-MM-dd, rates and counts as plain invariant numbers.
/// </summary>
public static class RefusalValue
{
    public static string Yuan(decimal amount) => amount.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
