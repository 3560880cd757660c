using CreditLoan.Application.Features.Products;
using Microsoft.AspNetCore.OutputCaching;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Output cache for the public product list: the answer depends only on the query string (never on who asks), so
/// it is cached for everyone, per query, for the catalog's maximum age, and evicted as soon as this instance
/// changes a product.
/// </summary>
public sealed class PublicCatalogCachePolicy : IOutputCachePolicy
{
    public const string Name = "public-catalog";
    public const string Tag = "products";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = ProductCatalog.MaxAge;
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
