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

/// <summary>The counter's books through EF Core, one transaction per request (SQLite: the write gate runs one writer at a time).</summary>
public sealed class EfCounterBooks(AppDbContext db, IWriteGate gate, DomainEventDispatcher events, TimeProvider clock) : ICounterBooks
{
    public async Task<StationTransactionResponse> PostAsync(CounterRead read, Func<CounterFacts, CounterOutcome> decide, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var outcome = decide(await ReadAsync(read, clock.GetUtcNow(), ct));
            if (outcome.Write is { } w)
            {
                // the accounts read are tracked: their new balances are saved with the rest
                db.LedgerAccounts.AddRange(w.Opened);
                db.Postings.Add(w.Posting);
                db.StationTransactions.Add(w.Transaction);
                db.IdempotencyRecords.Add(w.Answer);
            }
            db.AuditLog.Add(outcome.Audit);
            await events.DispatchAsync(ct);   // the station statistics, in this transaction
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome.Response;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw; // disposing the transaction rolls it back
        }
    }

    private async Task<CounterFacts> ReadAsync(CounterRead read, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.Stations.AsNoTracking().Where(s => s.Id == read.StationId)
            .Join(db.Banks, s => s.PartnerBankId, b => b.Id,
                (s, b) => new { s.Id, s.PartnerBankId, s.CashFloatLimit, b.WithdrawalLimitPerTransaction, b.WithdrawalLimitPerDay })
            .FirstOrDefaultAsync(ct);
        if (row is null) return CounterFactsBuilder.NoStation(now);
        var station = new CounterStation(row.Id, row.PartnerBankId, row.CashFloatLimit,
            new Domain.Banks.WithdrawalLimits(row.WithdrawalLimitPerTransaction, row.WithdrawalLimitPerDay));
        var prior = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(x => x.StationId == read.StationId && x.Key == read.IdempotencyKey, ct);
        var day = await StationDays.StateAsync(db, read.StationId, now, ct);
        var numbers = new List<string>(read.CustomerNumbers)
            { CounterFactsBuilder.StationCashNumber(station.Id), CounterFactsBuilder.UtilityPayeeNumber(station.PartnerBankId) };
        var accounts = (await db.LedgerAccounts.Where(a => numbers.Contains(a.Number)).ToListAsync(ct)).ToDictionary(a => a.Number);
        var withdrawn = 0m;
        if (read.IsWithdrawal)
        {
            var (from, to) = ChinaTime.DayOf(now);
            var number = read.CustomerNumbers[0];
            var amounts = await db.StationTransactions.AsNoTracking().Where(StationTransaction.WithdrawnWithin(from, to))
                .Join(db.LedgerAccounts.Where(a => a.Number == number), t => t.AccountId, a => (Guid?)a.Id, (t, a) => t.Amount)
                .ToListAsync(ct);
            withdrawn = amounts.Sum();
        }
        return CounterFactsBuilder.For(read, now, station, prior, day.LastClosed, day.OldestUnclosed, accounts, withdrawn);
    }
}
