using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>A station transaction (or a reversal, a cash movement) was posted on its business date.</summary>
public sealed record StationTransactionPosted(StationTransaction Transaction) : IDomainEvent;
