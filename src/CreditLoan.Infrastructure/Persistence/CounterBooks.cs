using System.Data.Common;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>The counter's books through EF Core (SQLite: the write gate runs one writer at a time, so nothing needs locking).</summary>
public sealed class EfCounterBooks(AppDbContext db, IWriteGate gate) : ICounterBooks
{
    public async Task<ICounterSession> BeginAsync(CounterRead read, CancellationToken ct)
    {
        var entered = await gate.EnterAsync(ct);
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = await db.Database.BeginTransactionAsync(ct);
            return new Session(db, entered, transaction, await ReadAsync(read, ct));
        }
        catch
        {
            if (transaction is not null) await transaction.DisposeAsync();
            entered.Dispose();
            throw;
        }
    }

    private async Task<CounterFacts> ReadAsync(CounterRead read, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == read.StationId)
            .Join(db.Banks, s => s.PartnerBankId, b => b.Id,
                (s, b) => new CounterStation(s.Id, s.PartnerBankId, s.CashFloatLimit, b.WithdrawalLimitPerTransaction, b.WithdrawalLimitPerDay))
            .FirstOrDefaultAsync(ct);
        if (station is null) return new CounterFacts(null, null, null, null, new Dictionary<string, LedgerAccount>(), null, 0m);
        var prior = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(x => x.StationId == read.StationId && x.Key == read.IdempotencyKey, ct);
        var lastClosed = await db.StationDays.AsNoTracking().Where(d => d.StationId == read.StationId)
            .OrderByDescending(d => d.BusinessDate).Select(d => (DateOnly?)d.BusinessDate).FirstOrDefaultAsync(ct);
        var numbers = new List<string>(read.CustomerNumbers) { CounterNumbers.StationCash(station.Id), CounterNumbers.UtilityPayee(station.PartnerBankId) };
        var accounts = await db.LedgerAccounts.Where(a => numbers.Contains(a.Number)).ToListAsync(ct);
        var withdrawn = 0m;
        if (read.WithdrawalsOf is { } number)
        {
            var amounts = await db.StationTransactions.AsNoTracking()
                .Where(t => t.PostedAt >= read.DayStart && t.PostedAt < read.DayEnd && t.ReversedById == null
                            && (t.Type == nameof(TransactionType.CashWithdrawal) || t.Type == nameof(TransactionType.PensionWithdrawal)))
                .Join(db.LedgerAccounts.Where(a => a.Number == number && a.Kind == LedgerAccountKind.CustomerDeposit && a.BankId == station.PartnerBankId),
                    t => t.AccountId, a => (Guid?)a.Id, (t, a) => t.Amount)
                .ToListAsync(ct);
            withdrawn = amounts.Sum();
        }
        return CounterNumbers.Facts(station, prior, lastClosed, accounts, read) with { WithdrawnToday = withdrawn };
    }

    private sealed class Session(AppDbContext db, IDisposable gate, IDbContextTransaction transaction, CounterFacts facts) : ICounterSession
    {
        private bool _committed;

        public CounterFacts Facts => facts;

        public async Task CommitAsync(CounterWrite? write, AuditEntry audit, CancellationToken ct)
        {
            if (write is not null)
            {
                // the accounts read are tracked: their new balances are saved with the rest
                db.LedgerAccounts.AddRange(write.Opened);
                db.Postings.Add(write.Posting);
                db.StationTransactions.Add(write.Transaction);
                db.IdempotencyRecords.Add(write.Answer);
            }
            db.AuditLog.Add(audit);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_committed) db.ChangeTracker.Clear();
                await transaction.DisposeAsync(); // rolls back what was not committed
            }
            finally
            {
                gate.Dispose();
            }
        }
    }
}

/// <summary>
/// The counter's books on MariaDB: one transaction in two round trips of plain SQL on the context's connection
/// (ADR 0005). The first begins it, holds the station shared (against its end of day), locks the accounts in number
/// order (no deadlock between postings) and only then reads the key, the closed dates and today's withdrawals, so every
/// read sees what the previous holders of those locks committed; the second writes the posting, its entries, the
/// balances, the transaction, its stored answer and the audit row, and commits.
/// </summary>
public sealed class MySqlCounterBooks(AppDbContext db) : ICounterBooks
{
    public async Task<ICounterSession> BeginAsync(CounterRead read, CancellationToken ct)
    {
        var connection = (MySqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        var session = new Session(connection, opened);
        try
        {
            session.Facts = await ReadAsync(session, read, ct);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static async Task<CounterFacts> ReadAsync(Session session, CounterRead read, CancellationToken ct)
    {
        await using var cmd = new MySqlCommand { Connection = session.Connection };
        session.Begun = true;
        var sql = new StringBuilder("""
            START TRANSACTION;
            SELECT s.Id, s.PartnerBankId, s.CashFloatLimit FROM stations s WHERE s.Id = @s LOCK IN SHARE MODE;
            SELECT Id, Kind, BankId, Number, StationId, Ceiling, Balance, Version FROM ledger_accounts
            WHERE Number IN (@cash
            """);
        cmd.Parameters.AddWithValue("@s", read.StationId);
        cmd.Parameters.AddWithValue("@cash", CounterNumbers.StationCash(read.StationId));
        for (var i = 0; i < read.CustomerNumbers.Count; i++)
        {
            sql.Append($", @n{i}");
            cmd.Parameters.AddWithValue($"@n{i}", read.CustomerNumbers[i]);
        }
        if (read.WithUtilityPayee)
            sql.Append(", (SELECT CONCAT('UtilityPayee:', REPLACE(p.PartnerBankId, '-', '')) FROM stations p WHERE p.Id = @s)");
        sql.Append("""
            ) ORDER BY Number FOR UPDATE;
            SELECT b.WithdrawalLimitPerTransaction, b.WithdrawalLimitPerDay FROM banks b JOIN stations s ON s.PartnerBankId = b.Id WHERE s.Id = @s;
            SELECT StatusCode, RefusedField, RequestHash, ResponseJson, CreatedAt FROM idempotency_keys WHERE StationId = @s AND `Key` = @k;
            SELECT MAX(BusinessDate) FROM station_days WHERE StationId = @s;
            """);
        cmd.Parameters.AddWithValue("@k", read.IdempotencyKey);
        if (read.WithdrawalsOf is { } number)
        {
            sql.Append("""
                SELECT COALESCE(SUM(t.Amount), 0) FROM station_transactions t
                JOIN ledger_accounts a ON a.Id = t.AccountId AND a.Number = @w AND a.Kind = 'CustomerDeposit'
                JOIN stations s ON s.Id = @s AND a.BankId = s.PartnerBankId
                WHERE t.PostedAt >= @from AND t.PostedAt < @to AND t.ReversedById IS NULL AND t.Type IN ('CashWithdrawal', 'PensionWithdrawal');
                """);
            cmd.Parameters.AddWithValue("@w", number);
            cmd.Parameters.AddWithValue("@from", read.DayStart.UtcDateTime);
            cmd.Parameters.AddWithValue("@to", read.DayEnd.UtcDateTime);
        }
        cmd.CommandText = sql.ToString();

        await using var r = await cmd.ExecuteReaderAsync(ct);
        (Guid Id, Guid Bank, decimal Float)? station = await r.ReadAsync(ct) ? (r.GetGuid(0), r.GetGuid(1), r.GetDecimal(2)) : null;
        await r.NextResultAsync(ct);
        var accounts = new List<LedgerAccount>();
        while (await r.ReadAsync(ct))
            accounts.Add(LedgerAccount.Restore(r.GetGuid(0), Enum.Parse<LedgerAccountKind>(r.GetString(1)), r.GetGuid(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetGuid(4), r.IsDBNull(5) ? null : r.GetDecimal(5), r.GetDecimal(6), r.GetGuid(7)));
        await r.NextResultAsync(ct);
        (decimal PerTx, decimal PerDay) limits = await r.ReadAsync(ct) ? (r.GetDecimal(0), r.GetDecimal(1)) : (0m, 0m);
        await r.NextResultAsync(ct);
        var prior = await r.ReadAsync(ct)
            ? new IdempotencyRecord(read.StationId, read.IdempotencyKey, r.GetString(2), r.GetString(3),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(4), DateTimeKind.Utc)), r.GetInt32(0),
                r.IsDBNull(1) ? null : r.GetString(1))
            : null;
        await r.NextResultAsync(ct);
        DateOnly? lastClosed = await r.ReadAsync(ct) && !r.IsDBNull(0) ? DateOnly.FromDateTime(r.GetDateTime(0)) : null;
        var withdrawn = 0m;
        if (read.WithdrawalsOf is not null && await r.NextResultAsync(ct) && await r.ReadAsync(ct)) withdrawn = r.GetDecimal(0);

        if (station is not { } st) return new CounterFacts(null, null, null, null, new Dictionary<string, LedgerAccount>(), null, 0m);
        return CounterNumbers.Facts(new CounterStation(st.Id, st.Bank, st.Float, limits.PerTx, limits.PerDay), prior, lastClosed, accounts, read) with
        {
            WithdrawnToday = withdrawn,
        };
    }

    private sealed class Session(MySqlConnection connection, bool closeAtEnd) : ICounterSession
    {
        public MySqlConnection Connection => connection;
        public bool Begun { get; set; }
        private bool _committed;

        public CounterFacts Facts { get; set; } = null!;

        public async Task CommitAsync(CounterWrite? write, AuditEntry audit, CancellationToken ct)
        {
            await using var cmd = new MySqlCommand { Connection = connection };
            var sql = new StringBuilder();
            if (write is not null) AppendWrite(cmd, sql, write);
            sql.Append("""
                INSERT INTO audit_log (At, Actor, ActorRole, Action, EntityId, Outcome, Detail) VALUES (@uat, @uactor, @urole, @uaction, @uentity, @uout, NULL);
                COMMIT;
                """);
            cmd.Parameters.AddWithValue("@uat", audit.At.UtcDateTime);
            cmd.Parameters.AddWithValue("@uactor", audit.Actor);
            cmd.Parameters.AddWithValue("@urole", audit.ActorRole);
            cmd.Parameters.AddWithValue("@uaction", audit.Action);
            cmd.Parameters.AddWithValue("@uentity", audit.EntityId);
            cmd.Parameters.AddWithValue("@uout", audit.Outcome);
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync(ct);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (Begun && !_committed && connection.State == System.Data.ConnectionState.Open)
                {
                    await using var rollback = new MySqlCommand("ROLLBACK", connection);
                    await rollback.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
            catch (MySqlException)
            {
                // a broken connection: the server rolls the transaction back when the session ends
            }
            finally
            {
                if (closeAtEnd) await connection.CloseAsync();
            }
        }
    }

    private static void AppendWrite(MySqlCommand cmd, StringBuilder sql, CounterWrite w)
    {
        var (posting, accounts, opened, transaction, answer) = (w.Posting, w.Accounts, w.Opened, w.Transaction, w.Answer);
        var p = cmd.Parameters;
        var i = 0;
        foreach (var a in opened)
        {
            sql.Append($"""
                INSERT INTO ledger_accounts (Id, Kind, BankId, Number, StationId, HolderName, MaskedIdNumber, Ceiling, Balance, OpenedAt, Version)
                VALUES (@o{i}, @ok{i}, @ob{i}, @on{i}, @os{i}, NULL, NULL, @oc{i}, @obal{i}, @oat{i}, @ov{i});
                """);
            p.AddWithValue($"@o{i}", a.Id);
            p.AddWithValue($"@ok{i}", a.Kind.ToString());
            p.AddWithValue($"@ob{i}", a.BankId);
            p.AddWithValue($"@on{i}", a.Number);
            p.AddWithValue($"@os{i}", a.StationId);
            p.AddWithValue($"@oc{i}", a.Ceiling);
            p.AddWithValue($"@obal{i}", a.Balance);
            p.AddWithValue($"@oat{i}", a.OpenedAt.UtcDateTime);
            p.AddWithValue($"@ov{i}", a.Version);
            i++;
        }
        i = 0;
        foreach (var a in accounts.Except(opened).Distinct())
        {
            sql.Append($"UPDATE ledger_accounts SET Balance = @b{i}, Version = @v{i} WHERE Id = @a{i};\n");
            p.AddWithValue($"@a{i}", a.Id);
            p.AddWithValue($"@b{i}", a.Balance);
            p.AddWithValue($"@v{i}", a.Version);
            i++;
        }
        sql.Append("INSERT INTO postings (Id, BusinessDate, PostedAt) VALUES (@p, @pd, @pat);\n");
        p.AddWithValue("@p", posting.Id);
        p.AddWithValue("@pd", posting.BusinessDate);
        p.AddWithValue("@pat", posting.PostedAt.UtcDateTime);
        sql.Append("INSERT INTO ledger_entries (PostingId, Line, AccountId, Debit, Credit) VALUES ");
        for (var e = 0; e < posting.Entries.Count; e++)
        {
            var entry = posting.Entries[e];
            sql.Append(e == 0 ? "" : ", ").Append($"(@p, {entry.Line}, @ea{e}, @ed{e}, @ec{e})");
            p.AddWithValue($"@ea{e}", entry.AccountId);
            p.AddWithValue($"@ed{e}", entry.Debit);
            p.AddWithValue($"@ec{e}", entry.Credit);
        }
        var t = transaction;
        sql.Append("""
            ;
            INSERT INTO station_transactions (Id, StationId, Type, AccountId, MaskedAccountNo, ToAccountId, Amount, BillNo, Payee, BusinessDate, PostedAt,
                PostingId, BalanceAfter, StationCashAfter, Agent, ReceiptNo, ReversedById, ReversalOfId, Version)
            VALUES (@t, @s, @tt, @ta, @tm, @tto, @tamt, @tb, @tp, @pd, @pat, @p, @tbal, @tcash, @tag, @tr, NULL, NULL, @tv);
            INSERT INTO idempotency_keys (StationId, `Key`, StatusCode, RefusedField, RequestHash, ResponseJson, CreatedAt)
            VALUES (@s, @k, @kc, @kf, @kh, @kj, @kat);

            """);
        p.AddWithValue("@t", t.Id);
        p.AddWithValue("@s", t.StationId);
        p.AddWithValue("@tt", t.Type);
        p.AddWithValue("@ta", t.AccountId);
        p.AddWithValue("@tm", t.MaskedAccountNo);
        p.AddWithValue("@tto", t.ToAccountId);
        p.AddWithValue("@tamt", t.Amount);
        p.AddWithValue("@tb", t.BillNo);
        p.AddWithValue("@tp", t.Payee);
        p.AddWithValue("@tbal", t.BalanceAfter);
        p.AddWithValue("@tcash", t.StationCashAfter);
        p.AddWithValue("@tag", t.Agent);
        p.AddWithValue("@tr", t.ReceiptNo);
        p.AddWithValue("@tv", t.Version);
        p.AddWithValue("@k", answer.Key);
        p.AddWithValue("@kc", answer.StatusCode);
        p.AddWithValue("@kf", answer.RefusedField);
        p.AddWithValue("@kh", answer.RequestHash);
        p.AddWithValue("@kj", answer.ResponseJson);
        p.AddWithValue("@kat", answer.CreatedAt.UtcDateTime);
    }
}

internal static class CounterNumbers
{
    public static string StationCash(Guid stationId) => $"{LedgerAccountKind.StationCash}:{stationId:N}";

    public static string UtilityPayee(Guid bankId) => $"{LedgerAccountKind.UtilityPayee}:{bankId:N}";

    /// <summary>Sorts the accounts read by number into the station's cash, the partner bank's customers and its payee account.</summary>
    public static CounterFacts Facts(CounterStation station, IdempotencyRecord? prior, DateOnly? lastClosed, IEnumerable<LedgerAccount> accounts, CounterRead read)
    {
        var list = accounts.ToList();
        var cashNumber = StationCash(station.Id);
        var payeeNumber = UtilityPayee(station.PartnerBankId);
        var customers = list.Where(a => a.Kind == LedgerAccountKind.CustomerDeposit && a.BankId == station.PartnerBankId && read.CustomerNumbers.Contains(a.Number))
            .ToDictionary(a => a.Number);
        return new CounterFacts(station, prior, lastClosed, list.FirstOrDefault(a => a.Number == cashNumber), customers,
            read.WithUtilityPayee ? list.FirstOrDefault(a => a.Number == payeeNumber) : null, 0m);
    }
}
