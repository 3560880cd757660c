using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Application.Common;

/// <summary>What a counter posting needs to read, in the command's transaction.</summary>
/// <param name="CustomerNumbers">The customer accounts the request names (account, and the payee account of a transfer).</param>
/// <param name="WithUtilityPayee">Whether the partner bank's utility-payee account is needed.</param>
/// <param name="WithdrawalsOf">For a withdrawal: the account whose withdrawals in [DayStart, DayEnd) count against the daily limit.</param>
public sealed record CounterRead(Guid StationId, string IdempotencyKey, IReadOnlyList<string> CustomerNumbers, bool WithUtilityPayee,
    string? WithdrawalsOf, DateTimeOffset DayStart, DateTimeOffset DayEnd);

/// <summary>The station and its partner bank's withdrawal limits.</summary>
public sealed record CounterStation(Guid Id, Guid PartnerBankId, decimal CashFloatLimit, decimal WithdrawalLimitPerTransaction, decimal WithdrawalLimitPerDay);

/// <summary>
/// What a counter posting decides on. <see cref="Customers"/> holds only deposit accounts of the station's partner bank;
/// the accounts are the latest committed state and, on MariaDB, locked until the transaction ends.
/// </summary>
public sealed record CounterFacts(CounterStation? Station, IdempotencyRecord? Prior, DateOnly? LastClosed, LedgerAccount? StationCash,
    IReadOnlyDictionary<string, LedgerAccount> Customers, LedgerAccount? UtilityPayee, decimal WithdrawnToday);

/// <summary>What a counter posting writes: the posting, the accounts it moved, those it opened, the transaction, its stored answer.</summary>
/// <param name="Opened">Accounts made by this posting (a station's first cash, a bank's first payee account).</param>
public sealed record CounterWrite(Posting Posting, IReadOnlyList<LedgerAccount> Accounts, IReadOnlyList<LedgerAccount> Opened, StationTransaction Transaction,
    IdempotencyRecord Answer);

/// <summary>
/// The counter's hot path to the books (product.md §7): a transaction that begins with one read of everything a
/// posting decides on and ends with one write of the posting, the balances it moved, the transaction, its stored answer
/// and the audit row, committed. On MariaDB each is one round trip of plain SQL, with the station held shared and the
/// accounts locked for update (ADR 0005); on SQLite it goes through EF Core behind the write gate.
/// </summary>
public interface ICounterBooks
{
    /// <summary>Begins the transaction and reads; disposing the session without committing rolls it back.</summary>
    Task<ICounterSession> BeginAsync(CounterRead read, CancellationToken ct);
}

public interface ICounterSession : IAsyncDisposable
{
    CounterFacts Facts { get; }

    /// <summary>Writes <paramref name="write"/> (nothing for a replayed answer) and the audit row, and commits.</summary>
    Task CommitAsync(CounterWrite? write, AuditEntry audit, CancellationToken ct);
}
