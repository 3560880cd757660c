using System.Text;
using System.Threading.Channels;
using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>The group's view of the books: what was read, plus what the group's decisions so far changed.</summary>
internal sealed class CounterGroupBooks(DateTimeOffset now)
{
    public Dictionary<string, LedgerAccount> Accounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<Guid, (CounterStation Station, DateOnly? LastClosed, DateOnly? OldestUnclosed)> Stations { get; } = [];
    public Dictionary<(Guid, string), IdempotencyRecord> Answers { get; } = [];
    public Dictionary<string, decimal> Withdrawn { get; } = new(StringComparer.Ordinal);

    public CounterFacts FactsFor(CounterRead read)
    {
        if (!Stations.TryGetValue(read.StationId, out var s)) return CounterFactsBuilder.NoStation(now);
        return CounterFactsBuilder.For(read, now, s.Station, Answers.GetValueOrDefault((read.StationId, read.IdempotencyKey)), s.LastClosed,
            s.OldestUnclosed, Accounts,
            read.IsWithdrawal ? Withdrawn.GetValueOrDefault(read.CustomerNumbers[0]) : 0m);
    }

    /// <summary>Makes a decided request's effects visible to the requests after it (balances moved in place already).</summary>
    public void Apply(CounterRead read, CounterOutcome outcome)
    {
        if (outcome.Write is not { } w) return;
        // the group's posting is unclosed activity on its date: later requests of the group land on the same open date
        var s = Stations[read.StationId];
        if (s.OldestUnclosed is null || w.Transaction.BusinessDate < s.OldestUnclosed)
            Stations[read.StationId] = s with { OldestUnclosed = w.Transaction.BusinessDate };
        foreach (var account in w.Opened) Accounts[account.Number] = account;
        Answers[(read.StationId, read.IdempotencyKey)] = w.Answer;
        if (read.IsWithdrawal) Withdrawn[read.CustomerNumbers[0]] = Withdrawn.GetValueOrDefault(read.CustomerNumbers[0]) + w.Transaction.Amount;
    }
}
