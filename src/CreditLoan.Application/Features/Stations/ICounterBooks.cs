using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Application.Features.Stations;

/// <summary>What a counter posting needs to read.</summary>
/// <param name="CustomerNumbers">The customer accounts the request names (account, and the payee account of a transfer).</param>
/// <param name="WithUtilityPayee">Whether the partner bank's utility-payee account is needed.</param>
/// <param name="IsWithdrawal">Whether today's withdrawals from the first customer account are needed (the daily limit).</param>
public sealed record CounterRead(Guid StationId, string IdempotencyKey, IReadOnlyList<string> CustomerNumbers, bool WithUtilityPayee, bool IsWithdrawal);

/// <summary>The station and its partner bank's withdrawal limits.</summary>
public sealed record CounterStation(Guid Id, Guid PartnerBankId, decimal CashFloatLimit, Domain.Banks.WithdrawalLimits WithdrawalLimits);

/// <summary>
/// What a counter posting decides on, as of <paramref name="Now"/>: the latest state of the books (on MariaDB, locked until
/// the posting commits). <paramref name="Customers"/> holds only deposit accounts of the station's partner bank;
/// <paramref name="LastClosed"/> and <paramref name="OldestUnclosed"/> give the station's open business date (<see cref="StationBusinessDay"/>);
/// <paramref name="WithdrawnToday"/> is what the first of them withdrew on the China calendar day of <paramref name="Now"/>
/// (reversed withdrawals do not count).
/// </summary>
public sealed record CounterFacts(DateTimeOffset Now, CounterStation? Station, IdempotencyRecord? Prior, DateOnly? LastClosed, DateOnly? OldestUnclosed,
    LedgerAccount? StationCash,
    IReadOnlyDictionary<string, LedgerAccount> Customers, LedgerAccount? UtilityPayee, decimal WithdrawnToday);

/// <summary>What a counter posting writes: the posting, the accounts it moved, those it opened, the transaction, its stored answer.</summary>
/// <param name="Opened">Accounts made by this posting (a station's first cash, a bank's first payee account).</param>
public sealed record CounterWrite(Posting Posting, IReadOnlyList<LedgerAccount> Accounts, IReadOnlyList<LedgerAccount> Opened, StationTransaction Transaction,
    IdempotencyRecord Answer);

/// <summary>A decided request: its answer, what it writes (nothing for a replayed answer) and its audit row.</summary>
public sealed record CounterOutcome(StationTransactionResponse Response, CounterWrite? Write, AuditEntry Audit);

/// <summary>
/// The counter's hot path to the books (product.md §7, ADR 0005). The books read the facts, run
/// <c>decide</c> on them (pure domain logic; it throws to refuse) and commit its outcome atomically with its audit row.
/// On MariaDB concurrent requests are decided one after another and committed together in one transaction of two
/// round trips (group commit); a refusal is answered only once the decisions before it are committed. On SQLite
/// (one writer at a time) each request is its own EF Core transaction.
/// </summary>
public interface ICounterBooks
{
    Task<StationTransactionResponse> PostAsync(CounterRead read, Func<CounterFacts, CounterOutcome> decide, CancellationToken ct);
}
