namespace CreditLoan.Domain.Common;

/// <summary>A business rule refused the operation (HTTP 422).</summary>
public class DomainException(string message) : Exception(message);

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
