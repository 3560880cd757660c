using CreditLoan.Application.Common;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Features.Products;

/// <summary>The published products at one moment, newest first, with their bank names.</summary>
public sealed class ProductCatalogSnapshot(IReadOnlyList<LoanProduct> products, IReadOnlyDictionary<Guid, string> bankNames, DateTimeOffset loadedAt)
{
    public IReadOnlyList<LoanProduct> Products { get; } = products;
    public IReadOnlyDictionary<Guid, string> BankNames { get; } = bankNames;
    public DateTimeOffset LoadedAt { get; } = loadedAt;

    private readonly Dictionary<Guid, LoanProduct> _byId = products.ToDictionary(p => p.Id);

    public LoanProduct? Find(Guid id) => _byId.GetValueOrDefault(id);

    public ProductResponse ToResponse(LoanProduct p) => p.ToResponse() with { BankName = BankNames.GetValueOrDefault(p.BankId) };
}
