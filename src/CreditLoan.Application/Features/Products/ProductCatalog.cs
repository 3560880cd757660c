using CreditLoan.Application.Common;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Features.Products;

/// <summary>
/// The product supermarket and matching read published products from memory, not from the database: a snapshot
/// reloaded after any product change commits in this instance, and at most <see cref="MaxAge"/> old otherwise
/// (changes made by another instance). A reload never blocks readers of a snapshot that is merely old.
/// </summary>
public sealed class ProductCatalog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ProductCatalog> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile ProductCatalogSnapshot? _current;
    private volatile bool _dirty = true;
    private int _changes;

    /// <summary>Raised when this instance changed a product (caches of rendered lists listen).</summary>
    public event Action? Changed;

    public async ValueTask<ProductCatalogSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _current;
        if (snapshot is not null && !_dirty)
        {
            if (clock.GetUtcNow() - snapshot.LoadedAt >= MaxAge && _reload.Wait(0))
            {
                _ = Task.Run(async () =>
                {
                    try { await LoadAsync(CancellationToken.None); }
                    catch (Exception ex)
                    {
                        // keep serving the old snapshot; the next request past the maximum age retries
                        logger.LogError(ex, "Reloading the product catalog failed");
                    }
                    finally { _reload.Release(); }
                }, CancellationToken.None);
            }
            return snapshot;
        }
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_current is null || _dirty) await LoadAsync(cancellationToken);
            return _current!;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>Marks the snapshot out of date; call after the change has committed (see <see cref="CommitCallbacks"/>).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _changes);
        _dirty = true;
        Changed?.Invoke();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // still dirty while loading: readers wait for this load rather than take the snapshot it replaces (a product just
        // published must be found by the request right after); clean once loaded, unless a change came in meanwhile
        var changes = Volatile.Read(ref _changes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        // a suspended bank's products leave the supermarket (and matching) until the bureau reinstates it
        var products = await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published)
            .Where(p => db.Banks.Any(b => b.Id == p.BankId && b.Status == Domain.Banks.BankStatus.Active)).ToListAsync(cancellationToken);
        var banks = await db.Banks.AsNoTracking().Select(b => new { b.Id, b.Name }).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var ordered = products.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).ToList();
        _current = new ProductCatalogSnapshot(ordered, banks, clock.GetUtcNow());
        if (Volatile.Read(ref _changes) != changes) return;
        _dirty = false;
        if (Volatile.Read(ref _changes) != changes) _dirty = true;   // a change that came in between the two reads
    }
}
