using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>
/// Recomputes both statistics projections from the facts (every application's life so far, every station transaction)
/// (and the loan portfolio, <see cref="PortfolioVerification"/>, and service quality, <see cref="ServiceQualityVerification"/>) and lists every row where they differ: the projections are kept in the facts' transactions, and this proves it.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record VerifyStatisticsQuery : IQuery<StatsVerification>;

public sealed class VerifyStatisticsHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<VerifyStatisticsQuery, StatsVerification>
{
    public async ValueTask<StatsVerification> Handle(VerifyStatisticsQuery q, CancellationToken ct)
    {
        // every read below sees one snapshot: the facts and the projections as one commit left them, even while commands
        // (or the servicing job restating a loan) commit meanwhile (InnoDB's consistent read; SQLite's read transaction in WAL)
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var expected = new Dictionary<(string, DateOnly, Guid, string), long[]>();
        var applications = 0;
        await foreach (var x in db.Applications.AsNoTracking()
                           .Select(a => new { a, a.Township, Industry = a.IndustrySection })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            applications++;
            var a = x.a;
            foreach (var inc in StatsEvents.Of(null, ApplicationFacts.Of(a)))
            {
                var add = inc.Counters();
                foreach (var key in new[]
                         {
                             (StatsDimension.Bank, inc.Day, a.BankId, ""),
                             (StatsDimension.Township, inc.Day, a.BankId, x.Township),
                             (StatsDimension.Industry, inc.Day, a.BankId, x.Industry),
                         })
                {
                    if (!expected.TryGetValue(key, out var c)) expected[key] = c = new long[add.Length];
                    for (var i = 0; i < add.Length; i++) c[i] += add[i];
                }
            }
        }
        var differences = new List<string>();
        var actual = await db.ApplicationStats.AsNoTracking().ToListAsync(ct);
        foreach (var row in actual)
        {
            var have = row.Counters();
            var key = (row.Dimension, row.Day, row.BankId, row.GroupKey);
            var want = expected.GetValueOrDefault(key) ?? new long[have.Length];
            expected.Remove(key);
            if (!have.SequenceEqual(want))
                differences.Add($"{key}: projection [{string.Join(",", have)}], facts [{string.Join(",", want)}]");
        }
        differences.AddRange(expected.Where(x => x.Value.Any(v => v != 0)).Select(x => $"{x.Key}: projection missing, facts [{string.Join(",", x.Value)}]"));

        var stationFacts = new Dictionary<(DateOnly, Guid, string), (long Count, long Fen)>();
        var transactions = 0;
        await foreach (var t in db.StationTransactions.AsNoTracking().Select(t => new { t.BusinessDate, t.StationId, t.Type, t.Amount }).AsAsyncEnumerable()
                           .WithCancellation(ct))
        {
            transactions++;
            var key = (t.BusinessDate, t.StationId, t.Type);
            var (n, fen) = stationFacts.GetValueOrDefault(key);
            stationFacts[key] = (n + 1, fen + Money.ToFen(t.Amount));
        }
        foreach (var row in await db.StationStats.AsNoTracking().ToListAsync(ct))
        {
            var key = (row.Day, row.StationId, row.Type);
            var want = stationFacts.GetValueOrDefault(key);
            stationFacts.Remove(key);
            if (want != (row.Count, row.AmountFen))
                differences.Add($"{key}: projection ({row.Count}, {row.AmountFen} fen), facts ({want.Count}, {want.Fen} fen)");
        }
        differences.AddRange(stationFacts.Select(x => $"{x.Key}: projection missing, facts ({x.Value.Count}, {x.Value.Fen} fen)"));

        // enterprises served: each enterprise's disbursal days per scope, paired with the day before
        var days = new Dictionary<(string Scope, Guid Enterprise), SortedSet<DateOnly>>();
        await foreach (var l in db.Loans.AsNoTracking().Select(l => new { l.EnterpriseId, l.BankId, l.DisbursedOn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (var scope in new[] { ServedScopes.Platform, ServedScopes.Of(l.BankId) })
            {
                if (!days.TryGetValue((scope, l.EnterpriseId), out var set)) days[(scope, l.EnterpriseId)] = set = [];
                set.Add(l.DisbursedOn);
            }
        }
        var pairs = new Dictionary<(string, DateOnly, DateOnly), long>();
        foreach (var ((scope, _), set) in days)
        {
            var prev = DateOnly.MinValue;
            foreach (var day in set)
            {
                pairs[(scope, day, prev)] = pairs.GetValueOrDefault((scope, day, prev)) + 1;
                prev = day;
            }
        }
        foreach (var row in await db.ServedPairs.AsNoTracking().Where(p => p.N != 0).ToListAsync(ct))
        {
            var key = (row.Scope, row.Day, row.PrevDay);
            var want = pairs.GetValueOrDefault(key);
            pairs.Remove(key);
            if (want != row.N) differences.Add($"served {key}: projection {row.N}, facts {want}");
        }
        differences.AddRange(pairs.Select(x => $"served {x.Key}: projection missing, facts {x.Value}"));
        var (loans, portfolio) = await PortfolioVerification.CheckAsync(db, ChinaTime.Today(clock), ct);
        differences.AddRange(portfolio);
        var (cases, ratings, service) = await ServiceQualityVerification.CheckAsync(db, ct);
        differences.AddRange(service);
        return new StatsVerification(applications, transactions, differences, loans, cases, ratings);
    }
}
