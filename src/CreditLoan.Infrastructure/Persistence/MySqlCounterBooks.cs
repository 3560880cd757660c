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

/// <summary>
/// The counter's books on MariaDB (ADR 0005): requests wait in a queue and one writer decides and commits them in
/// groups, each group one transaction of two round trips of plain SQL on a connection of its own. The first round trip
/// begins the transaction, holds the group's stations shared (against their end of day), locks its accounts in number
/// order (no deadlock with other writers or instances) and only then reads the keys, the closed dates and today's
/// withdrawals, so every read sees what earlier holders of those locks committed. The requests are then decided one
/// after another on the same in-memory accounts — each sees the balances, keys and withdrawals of the ones before it —
/// and the second round trip writes every posting, entry, balance, transaction, answer and audit row and commits. No
/// request is answered before the commit; if the group fails, each request is tried again alone so that one bad
/// request cannot fail the others.
/// </summary>
public sealed class MySqlCounterBooks : ICounterBooks, IAsyncDisposable
{
    private const int MaxGroup = 64;
    private readonly DatabaseNodes _nodes;
    private readonly TimeProvider _clock;
    private readonly ILogger<MySqlCounterBooks> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private MySqlConnection? _connection;
    private readonly Dictionary<Guid, Guid> _partnerBanks = [];

    public MySqlCounterBooks(DatabaseNodes nodes, RetryPolicy retry, TimeProvider clock, ILogger<MySqlCounterBooks> logger)
    {
        _nodes = nodes;
        _retry = retry;
        _clock = clock;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    private sealed record Pending(CounterRead Read, Func<CounterFacts, CounterOutcome> Decide)
    {
        public TaskCompletionSource<StationTransactionResponse> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Task<StationTransactionResponse> PostAsync(CounterRead read, Func<CounterFacts, CounterOutcome> decide, CancellationToken ct)
    {
        var pending = new Pending(read, decide);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(MySqlCounterBooks), "The counter's books are shutting down.");
        return pending.Result.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var next)) group.Add(next);
            try
            {
                await CommitGroupWithRetriesAsync(group);
            }
            catch (Exception ex) when (group.Count > 1 && MayBeOneRequest(ex))
            {
                _logger.LogInformation(ex, "A group of {Count} counter postings failed; trying each alone", group.Count);
                foreach (var pending in group)
                {
                    try
                    {
                        await CommitGroupWithRetriesAsync([pending]);
                    }
                    catch (Exception alone)
                    {
                        pending.Result.TrySetException(alone);
                    }
                }
            }
            catch (Exception ex)
            {
                // the server is unreachable, timed out or chose a deadlock victim: every request of the group hears it at
                // once (the idempotency behaviour sends a deadlock victim again); trying each alone would only wait longer
                foreach (var pending in group) pending.Result.TrySetException(ex);
            }
        }
    }

    private readonly RetryPolicy _retry;
    private bool _commitSent;

    /// <summary>
    /// A group rolled back for certain — a deadlock, a Galera certification conflict, a connection lost before the commit
    /// was sent — is read, decided and written again from the start (ADR 0007). A connection lost during the commit is
    /// not: the requests hear it, and their retries with the same keys are answered from what was stored.
    /// </summary>
    private async Task CommitGroupWithRetriesAsync(IReadOnlyList<Pending> group)
    {
        for (var attempt = 1; ; attempt++)
        {
            _commitSent = false;
            try
            {
                await CommitGroupAsync(group);
                return;
            }
            catch (Exception ex) when (_retry.MayRetryTransaction(ex, attempt, _commitSent))
            {
                _logger.LogInformation(ex, "A group of {Count} counter postings met a transient failure; attempt {Attempt} of {Max}", group.Count, attempt + 1,
                    RetryPolicy.MaxAttempts);
                await Task.Delay(_retry.Backoff(ex, attempt));
            }
        }
    }

    /// <summary>Whether a failed group may owe its failure to one of its requests (a key another instance committed, a value the server refused).</summary>
    private static bool MayBeOneRequest(Exception ex) => ex switch
    {
        MySqlException { IsTransient: true } => false,
        MySqlException { ErrorCode: MySqlErrorCode.UnableToConnectToHost } => false,
        MySqlException => true,
        TimeoutException or IOException or OperationCanceledException or ObjectDisposedException => false,
        _ => true,
    };

    private async Task<MySqlConnection> ConnectionAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open }) return _connection;
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = new MySqlConnection(_nodes.ConnectionString);
        await _connection.OpenAsync();
        return _connection;
    }

    /// <summary>Decides and commits <paramref name="group"/> in one transaction; answers each request only after the commit.</summary>
    private async Task CommitGroupAsync(IReadOnlyList<Pending> group)
    {
        var connection = await ConnectionAsync();
        var now = _clock.GetUtcNow();
        var outcomes = new (CounterOutcome? Outcome, Exception? Refusal)[group.Count];
        try
        {
            var books = await ReadAsync(connection, group, now);
            for (var i = 0; i < group.Count; i++)
            {
                try
                {
                    var outcome = group[i].Decide(books.FactsFor(group[i].Read));
                    books.Apply(group[i].Read, outcome);
                    outcomes[i] = (outcome, null);
                }
                catch (Exception refusal) when (refusal is DomainException or NotFoundException)
                {
                    // refused before any balance moved (a posting checks every account before it moves one)
                    outcomes[i] = (null, refusal);
                }
            }
            _commitSent = true;   // the second round trip ends with the commit
            await MySqlCounterSql.WriteAsync(connection, outcomes.Where(o => o.Outcome is not null).Select(o => o.Outcome!).ToList());
        }
        catch
        {
            // the transaction is rolled back with the connection; the next group opens a new one
            await connection.DisposeAsync();
            _connection = null;
            throw;
        }
        foreach (var posted in outcomes.Where(o => o.Outcome?.Write is not null).GroupBy(o => o.Outcome!.Write!.Transaction.Type))
            BusinessMetrics.StationTransactionsPosted(posted.Key, posted.Count(), posted.Sum(o => Domain.Common.Money.ToFen(o.Outcome!.Write!.Transaction.Amount)));
        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Outcome is { } outcome) group[i].Result.TrySetResult(outcome.Response);
            else group[i].Result.TrySetException(outcomes[i].Refusal!);
        }
    }

    private async Task<CounterGroupBooks> ReadAsync(MySqlConnection connection, IReadOnlyList<Pending> group, DateTimeOffset now)
    {
        await using var cmd = new MySqlCommand { Connection = connection };
        var p = cmd.Parameters;
        var stations = group.Select(g => g.Read.StationId).Distinct().ToList();
        var stationList = MySqlCounterSql.InList(p, "s", stations.Cast<object>());
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in group)
        {
            numbers.Add(CounterFactsBuilder.StationCashNumber(g.Read.StationId));
            foreach (var n in g.Read.CustomerNumbers) numbers.Add(n);
        }
        foreach (var payee in await UtilityPayeesAsync(connection, group)) numbers.Add(payee);
        var accountList = MySqlCounterSql.InList(p, "n", numbers);
        var keys = new StringBuilder();
        for (var i = 0; i < group.Count; i++)
        {
            keys.Append(i == 0 ? "" : " OR ").Append($"(StationId = @ks{i} AND `Key` = @kk{i})");
            p.AddWithValue($"@ks{i}", group[i].Read.StationId);
            p.AddWithValue($"@kk{i}", group[i].Read.IdempotencyKey);
        }
        var sql = new StringBuilder($"""
            START TRANSACTION;
            SELECT Id FROM stations WHERE Id IN ({stationList}) ORDER BY Id LOCK IN SHARE MODE;
            SELECT Id, Kind, BankId, Number, StationId, Ceiling, Balance, Version FROM ledger_accounts
            WHERE Number IN ({accountList}) ORDER BY Number FOR UPDATE;
            SELECT s.Id, s.PartnerBankId, s.CashFloatLimit, b.WithdrawalLimitPerTransaction, b.WithdrawalLimitPerDay,
                   (SELECT MAX(d.BusinessDate) FROM station_days d WHERE d.StationId = s.Id),
                   (SELECT t.BusinessDate FROM station_transactions t
                    WHERE t.StationId = s.Id
                      AND t.BusinessDate > COALESCE((SELECT MAX(d.BusinessDate) FROM station_days d WHERE d.StationId = s.Id), '0001-01-01')
                    ORDER BY t.BusinessDate LIMIT 1)
            FROM stations s JOIN banks b ON b.Id = s.PartnerBankId WHERE s.Id IN ({stationList});
            SELECT StationId, `Key`, StatusCode, RefusedField, RequestHash, ResponseJson, CreatedAt FROM idempotency_keys WHERE {keys};
            """);
        var withdrawing = group.Where(g => g.Read.IsWithdrawal).Select(g => g.Read.CustomerNumbers[0]).Distinct().ToList();
        if (withdrawing.Count > 0)
        {
            var (from, to) = ChinaTime.DayOf(now);
            sql.Append($"""
                SELECT a.Number, COALESCE(SUM(t.Amount), 0) FROM station_transactions t JOIN ledger_accounts a ON a.Id = t.AccountId
                WHERE a.Number IN ({MySqlCounterSql.InList(p, "w", withdrawing)}) AND t.PostedAt >= @from AND t.PostedAt < @to AND t.ReversedById IS NULL
                  AND t.Type IN ({MySqlCounterSql.InList(p, "wt", StationTransaction.WithdrawalTypes)})
                GROUP BY a.Number;
                """);
            p.AddWithValue("@from", from.UtcDateTime);
            p.AddWithValue("@to", to.UtcDateTime);
        }
        cmd.CommandText = sql.ToString();

        var books = new CounterGroupBooks(now);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.NextResultAsync(); // the stations' shared locks
        while (await r.ReadAsync())
        {
            var account = LedgerAccount.Restore(r.GetGuid(0), Enum.Parse<LedgerAccountKind>(r.GetString(1)), r.GetGuid(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetGuid(4), r.IsDBNull(5) ? null : r.GetDecimal(5), r.GetDecimal(6), r.GetGuid(7));
            books.Accounts[account.Number] = account;
        }
        await r.NextResultAsync();
        while (await r.ReadAsync())
        {
            var station = new CounterStation(r.GetGuid(0), r.GetGuid(1), r.GetDecimal(2), new Domain.Banks.WithdrawalLimits(r.GetDecimal(3), r.GetDecimal(4)));
            books.Stations[station.Id] = (station, r.IsDBNull(5) ? null : DateOnly.FromDateTime(r.GetDateTime(5)),
                r.IsDBNull(6) ? null : DateOnly.FromDateTime(r.GetDateTime(6)));
        }
        await r.NextResultAsync();
        while (await r.ReadAsync())
        {
            var record = new IdempotencyRecord(r.GetGuid(0), r.GetString(1), r.GetString(4), r.GetString(5),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3));
            books.Answers[(record.StationId, record.Key)] = record;
        }
        if (withdrawing.Count > 0 && await r.NextResultAsync())
            while (await r.ReadAsync()) books.Withdrawn[r.GetString(0)] = r.GetDecimal(1);
        return books;
    }

    /// <summary>The utility-payee account numbers of the group's bill payments: their stations' partner banks (which never change) are cached.</summary>
    private async Task<IEnumerable<string>> UtilityPayeesAsync(MySqlConnection connection, IReadOnlyList<Pending> group)
    {
        var stations = group.Where(g => g.Read.WithUtilityPayee).Select(g => g.Read.StationId).Distinct().ToList();
        var unknown = stations.Where(s => !_partnerBanks.ContainsKey(s)).ToList();
        if (unknown.Count > 0)
        {
            await using var cmd = new MySqlCommand { Connection = connection };
            cmd.CommandText = $"SELECT Id, PartnerBankId FROM stations WHERE Id IN ({MySqlCounterSql.InList(cmd.Parameters, "u", unknown.Cast<object>())})";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) _partnerBanks[r.GetGuid(0)] = r.GetGuid(1);
        }
        return stations.Where(_partnerBanks.ContainsKey).Select(s => CounterFactsBuilder.UtilityPayeeNumber(_partnerBanks[s]));
    }

}
