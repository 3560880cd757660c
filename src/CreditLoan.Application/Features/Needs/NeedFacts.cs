using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Needs;

/// <summary>
/// A need and its enterprise's match profile, held in memory for the matches path: reloaded after any change to
/// needs, enterprises or grades commits in this instance (<see cref="Invalidate"/>), and at most
/// <see cref="MaxAge"/> old otherwise (changes made by another instance).
/// </summary>
public sealed class NeedFacts
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 100_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _generation;

    private sealed record Entry(FinancingNeed Need, MatchEnterprise Enterprise, long Generation, DateTimeOffset LoadedAt);

    /// <summary>Forget everything: a need, an enterprise or a grade changed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public async Task<(FinancingNeed Need, MatchEnterprise Enterprise)?> GetAsync(IAppDbContext db, Guid needId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(needId, out var e) && e.Generation == generation && now - e.LoadedAt < MaxAge) return (e.Need, e.Enterprise);
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null) return null;
        var enterprise = await MatchingData.EnterpriseAsync(db, need.EnterpriseId, MatchingData.Today(clock), ct);
        if (enterprise is null) return null;
        if (_entries.Count >= MaxEntries) _entries.Clear();
        if (generation == Interlocked.Read(ref _generation)) _entries[needId] = new Entry(need, enterprise, generation, now);
        return (need, enterprise);
    }
}
