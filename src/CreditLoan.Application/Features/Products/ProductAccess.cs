using System.Text.Json.Serialization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Mediator;

namespace CreditLoan.Application.Features.Products;

internal static class ProductAccess
{
    /// <summary>The product, tracked, when it belongs to the caller's bank; otherwise 404 (never reveal it exists).</summary>
    public static async Task<LoanProduct> OwnProductAsync(IAppDbContext db, ICurrentUser user, Guid productId, CancellationToken ct)
    {
        var bankId = user.RequireBankId();
        var product = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .FirstOrDefaultAsync(db.Products, p => p.Id == productId && p.BankId == bankId, ct);
        return product ?? throw new NotFoundException("Product", productId);
    }
}
