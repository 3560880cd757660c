namespace CreditLoan.Application.Common;

/// <summary>
/// A station request carrying an Idempotency-Key (1–64 characters): answered once, whatever the network does
/// (<see cref="Behaviours.IdempotencyBehaviour{TMessage,TResponse}"/>).
/// </summary>
public interface IIdempotentStationRequest
{
    Guid StationId { get; }
    string IdempotencyKey { get; }
    /// <summary>The request's content as compared between retries.</summary>
    string Fingerprint();
}
