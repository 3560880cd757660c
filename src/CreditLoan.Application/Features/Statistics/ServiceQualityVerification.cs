using CreditLoan.Application.Common;
using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>The service-quality projection (stats_service_daily) recomputed from every case and rating, and each row where they differ.</summary>
internal static class ServiceQualityVerification
{
    public static async Task<(int Cases, int Ratings, IReadOnlyList<string> Differences)> CheckAsync(IAppDbContext db, CancellationToken ct)
    {
        var expected = new Dictionary<(DateOnly, string, Guid, string), long[]>();
        void Add(ServiceIncrement inc)
        {
            var key = (inc.Day, inc.Party, inc.PartyId, inc.Cause);
            if (!expected.TryGetValue(key, out var c)) expected[key] = c = new long[inc.Counters.Length];
            for (var i = 0; i < c.Length; i++) c[i] += inc.Counters[i];
        }
        var cases = 0;
        await foreach (var c in db.Cases.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            cases++;
            foreach (var inc in ServiceStats.Of(null, Domain.Cases.CaseFacts.Of(c))) Add(inc);
        }
        var ratings = 0;
        await foreach (var r in db.Ratings.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            ratings++;
            Add(ServiceStats.Of(r));
        }
        var differences = new List<string>();
        foreach (var row in await db.ServiceStats.AsNoTracking().ToListAsync(ct))
        {
            var key = (row.Day, row.Party, row.PartyId, row.Cause);
            var have = row.Counters();
            var want = expected.GetValueOrDefault(key) ?? new long[have.Length];
            expected.Remove(key);
            if (!have.SequenceEqual(want)) differences.Add($"service {key}: projection [{string.Join(",", have)}], facts [{string.Join(",", want)}]");
        }
        differences.AddRange(expected.Where(x => x.Value.Any(v => v != 0)).Select(x => $"service {x.Key}: projection missing, facts [{string.Join(",", x.Value)}]"));
        return (cases, ratings, differences);
    }
}
