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

internal static class NeedAccess
{
    /// <summary>The need if the caller may see it, otherwise 404.</summary>
    public static async Task<FinancingNeed> VisibleAsync(IAppDbContext db, ICurrentUser user, Guid needId, bool bureauAllowed, bool tracked,
        CancellationToken ct)
    {
        var query = tracked ? db.Needs : db.Needs.AsNoTracking();
        var need = await query.FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || !await EnterpriseAccess.CanSeeNeedAsync(db, user, need, bureauAllowed, ct)) throw new NotFoundException("Need", needId);
        return need;
    }
}

[AuthorizeRoles(Roles.Enterprise, Roles.Agent, Roles.Bureau)]
public sealed record GetNeedQuery(Guid NeedId) : IQuery<NeedResponse>;

public sealed class GetNeedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetNeedQuery, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(GetNeedQuery query, CancellationToken cancellationToken) =>
        NeedResponse.From(await NeedAccess.VisibleAsync(db, user, query.NeedId, bureauAllowed: true, tracked: false, cancellationToken), clock.GetUtcNow());
}

/// <summary>Needs the caller may see: an enterprise its own, an agent those its station posted, the bureau all.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent, Roles.Bureau)]
public sealed record ListNeedsQuery(NeedStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<NeedResponse>>, IPagedQuery;

public sealed class ListNeedsValidator : AbstractValidator<ListNeedsQuery>
{
    public ListNeedsValidator() => this.AddPagingRules();
}

public sealed class ListNeedsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListNeedsQuery, PagedList<NeedResponse>>
{
    public async ValueTask<PagedList<NeedResponse>> Handle(ListNeedsQuery q, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var needs = db.Needs.AsNoTracking();
        if (user.IsInRole(Roles.Enterprise)) needs = needs.Where(n => n.EnterpriseId == user.EnterpriseId);
        else if (user.IsInRole(Roles.Agent))
            needs = needs.Where(n => n.PostedByStationId == user.StationId
                                     && db.Delegations.Any(d => d.EnterpriseId == n.EnterpriseId && d.StationId == user.StationId));
        needs = q.Status switch
        {
            NeedStatus.Open => needs.Where(n => n.Status == NeedStatus.Open && n.ExpiresAt > now),
            NeedStatus.Expired => needs.Where(n => n.Status == NeedStatus.Expired || (n.Status == NeedStatus.Open && n.ExpiresAt <= now)),
            { } s => needs.Where(n => n.Status == s),
            null => needs,
        };
        var total = await needs.CountAsync(cancellationToken);
        var page = await needs.OrderByDescending(n => n.PostedAt).ThenBy(n => n.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new PagedList<NeedResponse>(page.Select(n => NeedResponse.From(n, now)).ToList(), q.Page, q.PageSize, total);
    }
}

[AuthorizeRoles(Roles.Enterprise)]
public sealed record CloseNeedCommand(Guid NeedId) : ICommand<NeedResponse>, ITargetsEntity
{
    public string AuditEntityId => NeedId.ToString();
}

public sealed class CloseNeedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, NeedFacts facts, CommitCallbacks callbacks)
    : ICommandHandler<CloseNeedCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(CloseNeedCommand command, CancellationToken cancellationToken)
    {
        var need = await NeedAccess.VisibleAsync(db, user, command.NeedId, bureauAllowed: false, tracked: true, cancellationToken);
        var now = clock.GetUtcNow();
        if (need.Status == NeedStatus.Open && need.ExpiresAt <= now) throw new Domain.Common.InvalidStateException("Need", "Expired", "close");
        need.Close(now);
        await db.SaveChangesAsync(cancellationToken);
        callbacks.AfterCommit(facts.Invalidate);
        return NeedResponse.From(need, now);
    }
}

/// <param name="Reasons">Why it fits, in English.</param>
/// <param name="ReasonDetails">The same reasons as stable codes with their values, for a client writing its own language.</param>
public sealed record MatchItem(Guid ProductId, string ProductName, Guid BankId, string? BankName, int FitScore, IReadOnlyList<string> Reasons,
    decimal MinAnnualRate, decimal MaxAnnualRate, IReadOnlyList<string> RequiredMaterials, IReadOnlyList<MatchReasonDetail> ReasonDetails);

public sealed record MatchReasonDetail(string Code, IReadOnlyList<string> Values);

public sealed record MatchesResponse(Guid NeedId, IReadOnlyList<MatchItem> Items);

/// <summary>The published products that match a need, best first, each with its reasons.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record GetNeedMatchesQuery(Guid NeedId) : IQuery<MatchesResponse>;

public sealed class GetNeedMatchesHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, IBankSpeed speed, MatchesCache cache,
    NeedFacts facts, TimeProvider clock) : IQueryHandler<GetNeedMatchesQuery, MatchesResponse>
{
    public async ValueTask<MatchesResponse> Handle(GetNeedMatchesQuery query, CancellationToken cancellationToken)
    {
        var (need, enterprise) = await facts.GetAsync(db, query.NeedId, clock, cancellationToken) ?? throw new NotFoundException("Need", query.NeedId);
        if (!await EnterpriseAccess.CanSeeNeedAsync(db, user, need, bureauAllowed: false, cancellationToken)) throw new NotFoundException("Need", query.NeedId);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        var speeds = await speed.AcceptHoursAsync(cancellationToken);
        var matchNeed = ToMatchNeed(need);
        return cache.GetOrAdd(snapshot, speeds, matchNeed, enterprise, () =>
        {
            var matches = MatchingEngine.Match(snapshot.Products, matchNeed, enterprise, speeds);
            return new MatchesResponse(need.Id, matches.Select(m => new MatchItem(m.Product.Id, m.Product.Name, m.Product.BankId,
                snapshot.BankNames.GetValueOrDefault(m.Product.BankId), m.FitScore, m.Reasons.Select(r => r.Text).ToList(), m.Product.MinAnnualRate, m.Product.MaxAnnualRate,
                m.Product.RequiredMaterials, m.Reasons.Select(r => new MatchReasonDetail(r.Code, r.Values)).ToList())).ToList());
        });
    }

    internal static MatchNeed ToMatchNeed(FinancingNeed n) => new(n.Id, n.Amount, n.TermMonths, n.Collateral, n.MaxAnnualRate);
}

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

public sealed record ExplainResponse(bool Matches, IReadOnlyList<FailedRule> FailedRules);

/// <summary>Why a product does or does not match a need ("needs grade B; yours is C").</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record ExplainMatchQuery(Guid NeedId, Guid ProductId) : IQuery<ExplainResponse>;

public sealed class ExplainMatchHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, TimeProvider clock)
    : IQueryHandler<ExplainMatchQuery, ExplainResponse>
{
    public async ValueTask<ExplainResponse> Handle(ExplainMatchQuery query, CancellationToken cancellationToken)
    {
        var need = await NeedAccess.VisibleAsync(db, user, query.NeedId, bureauAllowed: false, tracked: false, cancellationToken);
        var product = (await catalog.CurrentAsync(cancellationToken)).Find(query.ProductId) ?? throw new NotFoundException("Product", query.ProductId);
        var enterprise = await MatchingData.EnterpriseAsync(db, need.EnterpriseId, MatchingData.Today(clock), cancellationToken)
                         ?? throw new NotFoundException("Need", query.NeedId);
        var failed = MatchingEngine.Explain(product, GetNeedMatchesHandler.ToMatchNeed(need), enterprise);
        return new ExplainResponse(failed.Count == 0, failed);
    }
}
