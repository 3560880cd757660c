namespace CreditLoan.Application.Matching;

/// <summary>
/// Each bank's measured speed of accepting applications (hours, working time not yet discounted), for the fit score.
/// Banks without history are absent and count as neutral.
/// </summary>
public interface IBankSpeed
{
    ValueTask<IReadOnlyDictionary<Guid, double>> AcceptHoursAsync(CancellationToken cancellationToken);
}

/// <summary>Until applications are decided on the platform there is nothing to measure: every bank is neutral.</summary>
public sealed class NoBankSpeedYet : IBankSpeed
{
    private static readonly IReadOnlyDictionary<Guid, double> Empty = new Dictionary<Guid, double>();

    public ValueTask<IReadOnlyDictionary<Guid, double>> AcceptHoursAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Empty);
}
