namespace CreditLoan.Application.Common;

/// <summary>Hands out the day's case numbers (办件编号) in order, inside the caller's transaction: two lodgings at once never get the same.</summary>
public interface ICaseNumbers
{
    /// <summary>The next sequence number of the China day (1 for its first case).</summary>
    Task<long> NextAsync(DateOnly day, CancellationToken ct);
}
