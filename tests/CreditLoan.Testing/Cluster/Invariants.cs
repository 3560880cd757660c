using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MySqlConnector;

namespace CreditLoan.Testing.Cluster;

/// <summary>
/// What must hold after any load and any failure (issue 8): every acknowledged write present exactly once, the ledger
/// balanced, no application in an impossible state, the statistics equal to the facts. Each check reads the database
/// directly (one node of the cluster) or asks the platform; a violation is described, never thrown.
/// </summary>
public static class Invariants
{
    private static readonly string[] Flow = ["Submitted", "Accepted", "ApprovalPending", "Approved", "Disbursed"];

    public static async Task<List<string>> CheckAsync(string connectionString, Acknowledged acks, Uri instance, string adminToken)
    {
        var violations = new List<string>();
        await using var db = new MySqlConnection(connectionString);
        await db.OpenAsync();
        // a causal read: this node first applies everything the cluster committed (a node that was a donor or has just
        // rejoined may still be applying, and would show acknowledged writes as missing for a while)
        await using (var causal = new MySqlCommand("SET SESSION wsrep_sync_wait = 1", db)) await causal.ExecuteNonQueryAsync();

        // applications: every acknowledged one present, in its acknowledged status or a later one
        var status = new Dictionary<Guid, string>();
        await using (var cmd = new MySqlCommand($"SELECT Id, Status FROM applications WHERE ProductId = '{acks.ProductId}'", db))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) status[r.GetGuid(0)] = r.GetString(1);
        foreach (var (id, acked) in acks.Status)
        {
            if (!status.TryGetValue(id, out var actual)) violations.Add($"acknowledged application {id} is missing");
            else if (Array.IndexOf(Flow, actual) < Array.IndexOf(Flow, acked)) violations.Add($"application {id} was acknowledged {acked} but is {actual}");
        }
        // no more applications than were acknowledged plus those whose answer was lost: a command run twice would exceed it
        if (status.Count > acks.Status.Count + acks.UnknownSubmissions)
            violations.Add($"{status.Count} applications stored for {acks.Status.Count} acknowledged and {acks.UnknownSubmissions} unanswered submissions");

        // each status reached once in an application's history
        violations.AddRange(await ListAsync(db, """
            SELECT CONCAT('application ', ApplicationId, ' reached ', Status, ' ', COUNT(*), ' times')
              FROM application_history GROUP BY ApplicationId, Status HAVING COUNT(*) > 1
            """));
        // impossible states
        violations.AddRange(await ListAsync(db, """
            SELECT CONCAT('application ', a.Id, ' is ', a.Status, CASE WHEN l.Id IS NULL THEN ' without a loan' ELSE ' with a loan' END)
              FROM applications a LEFT JOIN loans l ON l.ApplicationId = a.Id
             WHERE (a.Status = 'Disbursed') <> (l.Id IS NOT NULL)
            """));
        violations.AddRange(await ListAsync(db, """
            SELECT CONCAT('application ', Id, ' is ', Status, ' but lacks what that status needs')
              FROM applications
             WHERE (Status IN ('Approved','Disbursed') AND (ApprovedAmount IS NULL OR ApprovedAnnualRate IS NULL))
                OR (Status IN ('Accepted','ApprovalPending','Approved','Disbursed') AND AcceptedAt IS NULL)
                OR (Status = 'Disbursed' AND (DisbursedAmount IS NULL OR DisbursedOn IS NULL OR LoanId IS NULL))
                OR (Status = 'Submitted' AND AcceptedAt IS NOT NULL)
            """));

        // what the log says of each application in a violation so far: the steps the platform audited, to find the cause
        var suspects = violations.SelectMany(v => System.Text.RegularExpressions.Regex.Matches(v, "application ([0-9a-f-]{36})").Select(m => m.Groups[1].Value))
            .Distinct().Take(5).ToList();
        foreach (var id in suspects)
        {
            violations.AddRange(await ListAsync(db, $"""
                SELECT CONCAT('  audit of {id}: ', At, ' ', Actor, ' ', Action, ' ', Outcome, ' ', COALESCE(Detail, ''))
                  FROM audit_log WHERE EntityId = '{id}' ORDER BY At
                """));
            violations.AddRange(await ListAsync(db, $"""
                SELECT CONCAT('  loan of {id}: ', Id, ' disbursed ', DisbursedOn, ' created ', COALESCE(CAST(CreatedAt AS CHAR), '?'))
                  FROM loans WHERE ApplicationId = '{id}'
                """));
            violations.AddRange(await ListAsync(db, $"""
                SELECT CONCAT('  history of {id}: ', At, ' ', Status) FROM application_history WHERE ApplicationId = '{id}' ORDER BY At
                """));
        }

        // station postings: every acknowledged key's transaction present; one transaction per stored key and no other
        var posted = new HashSet<Guid>();
        await using (var cmd = new MySqlCommand("SELECT Id FROM station_transactions", db))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) posted.Add(r.GetGuid(0));
        foreach (var (key, tx) in acks.Postings)
            if (!posted.Contains(tx)) violations.Add($"acknowledged posting {tx} (key {key}) is missing");
        var keys = await ScalarAsync<long>(db, "SELECT COUNT(*) FROM idempotency_keys WHERE StatusCode = 201");
        if (keys != posted.Count) violations.Add($"{posted.Count} station transactions but {keys} answered keys: a posting without its key, or twice");

        // the ledger: debits equal credits, every balance the sum of its entries
        var unbalanced = await ScalarAsync<decimal>(db, "SELECT COALESCE(SUM(Debit),0) - COALESCE(SUM(Credit),0) FROM ledger_entries");
        if (unbalanced != 0) violations.Add($"the ledger is off by {unbalanced} (debits minus credits)");
        var postingsOff = await ScalarAsync<long>(db,
            "SELECT COUNT(*) FROM (SELECT PostingId FROM ledger_entries GROUP BY PostingId HAVING SUM(Debit) <> SUM(Credit)) x");
        if (postingsOff > 0) violations.Add($"{postingsOff} posting(s) do not balance");
        var accountsOff = await ScalarAsync<long>(db, """
            SELECT COUNT(*) FROM ledger_accounts a
              LEFT JOIN (SELECT AccountId, SUM(Debit) d, SUM(Credit) cr FROM ledger_entries GROUP BY AccountId) e ON e.AccountId = a.Id
             WHERE a.Balance <> CASE WHEN a.Kind IN ('StationCash','BankVault','CommissionExpense','CashDifference')
                                     THEN COALESCE(e.d,0) - COALESCE(e.cr,0) ELSE COALESCE(e.cr,0) - COALESCE(e.d,0) END
            """);
        if (accountsOff > 0) violations.Add($"{accountsOff} account balance(s) differ from their entries");

        // statistics recomputed from the facts by the platform itself
        using var http = new HttpClient { BaseAddress = instance, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var verify = JsonNode.Parse(await http.GetStringAsync("api/stats/verify"))!;
        foreach (var difference in verify["differences"]!.AsArray()) violations.Add("statistics: " + difference);
        return violations;
    }

    private static async Task<List<string>> ListAsync(MySqlConnection db, string sql)
    {
        var list = new List<string>();
        await using var cmd = new MySqlCommand(sql, db);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }

    private static async Task<T> ScalarAsync<T>(MySqlConnection db, string sql)
    {
        await using var cmd = new MySqlCommand(sql, db);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T));
    }
}
