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
/// Computed matches, reused while nothing they depend on has changed: the same catalog snapshot, the same bank
/// speeds, the same need and the same enterprise profile (grade, years, industry, division, type). Anything else
/// is a miss and is computed afresh, so the cache can never show stale matches.
/// </summary>
public sealed class MatchesCache
{
    private const int MaxEntries = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Entry> _entries = new();

    private sealed record Entry(ProductCatalogSnapshot Snapshot, IReadOnlyDictionary<Guid, double> Speeds, MatchNeed Need, MatchEnterprise Enterprise,
        MatchesResponse Response);

    public MatchesResponse GetOrAdd(ProductCatalogSnapshot snapshot, IReadOnlyDictionary<Guid, double> speeds, MatchNeed need, MatchEnterprise enterprise,
        Func<MatchesResponse> compute)
    {
        if (_entries.TryGetValue(need.NeedId, out var e) && ReferenceEquals(e.Snapshot, snapshot) && ReferenceEquals(e.Speeds, speeds)
            && e.Need == need && e.Enterprise == enterprise)
            return e.Response;
        var response = compute();
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[need.NeedId] = new Entry(snapshot, speeds, need, enterprise, response);
        return response;
    }
}
