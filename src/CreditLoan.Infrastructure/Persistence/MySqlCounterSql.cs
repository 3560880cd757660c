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

/// <summary>The counter writer's plain SQL on MariaDB (ADR 0005): parameter lists and the group's one compound write.</summary>
internal static class MySqlCounterSql
{
    public static string InList(MySqlParameterCollection p, string prefix, IEnumerable<object> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"@{prefix}{names.Count}";
            p.AddWithValue(name, value);
            names.Add(name);
        }
        return string.Join(", ", names);
    }

    public static async Task WriteAsync(MySqlConnection connection, IReadOnlyList<CounterOutcome> outcomes)
    {
        await using var cmd = new MySqlCommand { Connection = connection };
        var p = cmd.Parameters;
        var sql = new StringBuilder();
        var writes = outcomes.Where(o => o.Write is not null).Select(o => o.Write!).ToList();
        var opened = writes.SelectMany(w => w.Opened).ToList();
        Rows(sql, p, "INSERT INTO ledger_accounts (Id, Kind, BankId, Number, StationId, HolderName, MaskedIdNumber, Ceiling, Balance, OpenedAt, Version)",
            opened, a => [a.Id, a.Kind.ToString(), a.BankId, a.Number, a.StationId, null, null, a.Ceiling, a.Balance, a.OpenedAt.UtcDateTime, a.Version]);
        // each moved account once, with its balance after the group's last posting
        var moved = writes.SelectMany(w => w.Accounts).Distinct().Except(opened).ToList();
        if (moved.Count > 0)
        {
            var balances = new StringBuilder();
            var versions = new StringBuilder();
            var ids = new List<string>();
            for (var i = 0; i < moved.Count; i++)
            {
                balances.Append($" WHEN @ma{i} THEN @mb{i}");
                versions.Append($" WHEN @ma{i} THEN @mv{i}");
                ids.Add($"@ma{i}");
                p.AddWithValue($"@ma{i}", moved[i].Id);
                p.AddWithValue($"@mb{i}", moved[i].Balance);
                p.AddWithValue($"@mv{i}", moved[i].Version);
            }
            sql.Append($"UPDATE ledger_accounts SET Balance = CASE Id{balances} END, Version = CASE Id{versions} END WHERE Id IN ({string.Join(", ", ids)});\n");
        }
        Rows(sql, p, "INSERT INTO postings (Id, BusinessDate, PostedAt)", writes, w => [w.Posting.Id, w.Posting.BusinessDate, w.Posting.PostedAt.UtcDateTime]);
        Rows(sql, p, "INSERT INTO ledger_entries (PostingId, Line, AccountId, Debit, Credit)", writes.SelectMany(w => w.Posting.Entries).ToList(),
            e => [e.PostingId, e.Line, e.AccountId, e.Debit, e.Credit]);
        Rows(sql, p, """
            INSERT INTO station_transactions (Id, StationId, Type, AccountId, MaskedAccountNo, ToAccountId, Amount, BillNo, Payee, BusinessDate, PostedAt,
                PostingId, BalanceAfter, StationCashAfter, Agent, ReceiptNo, ReversedById, ReversalOfId, Version, BillerId)
            """, writes.Select(w => w.Transaction).ToList(),
            t => [t.Id, t.StationId, t.Type, t.AccountId, t.MaskedAccountNo, t.ToAccountId, t.Amount, t.BillNo, t.Payee, t.BusinessDate, t.PostedAt.UtcDateTime,
                t.PostingId, t.BalanceAfter, t.StationCashAfter, t.Agent, t.ReceiptNo, null, null, t.Version, t.BillerId]);
        Rows(sql, p, "INSERT INTO idempotency_keys (StationId, `Key`, StatusCode, RefusedField, RequestHash, ResponseJson, CreatedAt)",
            writes.Select(w => w.Answer).ToList(), k => [k.StationId, k.Key, k.StatusCode, k.RefusedField, k.RequestHash, k.ResponseJson, k.CreatedAt.UtcDateTime]);
        Rows(sql, p, "INSERT INTO audit_log (At, Actor, ActorRole, Action, EntityId, Outcome, Detail)", outcomes.Select(o => o.Audit).ToList(),
            a => [a.At.UtcDateTime, a.Actor, a.ActorRole, a.Action, a.EntityId, a.Outcome, a.Detail]);
        // the station statistics: the same projection as every other path (StatisticsProjection), written in this statement
        var stats = Application.Features.Statistics.StatisticsProjection.StationRows(writes.Select(w => w.Transaction));
        Rows(sql, p, "INSERT INTO stats_station_daily (Day, StationId, Type, Count, AmountFen)", stats,
            s => [s.Day, s.StationId, s.Type, s.Count, s.AmountFen],
            " ON DUPLICATE KEY UPDATE Count = Count + VALUES(Count), AmountFen = AmountFen + VALUES(AmountFen)");
        // one compound statement: should any statement fail — above all a Galera brute-force abort of this transaction,
        // reported on the next statement — it rolls back and stops there, so no later statement can run on its own
        // outside the transaction (the fault test found postings half written without this; ADR 0007)
        cmd.CommandText = "BEGIN NOT ATOMIC\nDECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;\n" + sql + "COMMIT;\nEND";
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Appends one multi-row INSERT of <paramref name="rows"/> (nothing when there are none).</summary>
    private static void Rows<T>(StringBuilder sql, MySqlParameterCollection p, string insert, IReadOnlyList<T> rows, Func<T, object?[]> values,
        string suffix = "")
    {
        if (rows.Count == 0) return;
        sql.Append(insert).Append(" VALUES ");
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            var row = values(rows[i]);
            for (var j = 0; j < row.Length; j++)
            {
                var name = $"@r{p.Count}";
                p.AddWithValue(name, row[j] ?? DBNull.Value);
                sql.Append(j == 0 ? "" : ", ").Append(name);
            }
            sql.Append(')');
        }
        sql.Append(suffix).Append(";\n");
    }
}
