using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>
/// When a product is published, every enterprise with a matching open need hears of it once: one outbox message per
/// enterprise, keyed so that the same product never notifies the same enterprise twice.
/// </summary>
internal static class PublicationNotices
{
    public static async Task QueueAsync(IAppDbContext db, LoanProduct product, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidates = await MatchingData.CandidatesAsync(db, product, now, MatchingData.Today(clock), ct);
        var enterprises = MatchingEngine.Prospects(product, candidates).GroupBy(p => p.Enterprise.EnterpriseId)
            .Select(g => (EnterpriseId: g.Key, NeedId: g.First().Need.NeedId)).ToList();
        if (enterprises.Count == 0) return;
        var ids = enterprises.Select(e => e.EnterpriseId).ToList();
        var phones = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Phone, ct);
        var bankName = await db.Banks.Where(b => b.Id == product.BankId).Select(b => b.Name).FirstOrDefaultAsync(ct);
        foreach (var (enterpriseId, needId) in enterprises)
        {
            db.Notify("NewMatchingProduct", phones[enterpriseId],
                new { productId = product.Id, productName = product.Name, bankName, needId, text = $"{bankName}新发布产品“{product.Name}”与您的融资需求匹配" },
                now, $"product-published:{product.Id}:{enterpriseId}", enterpriseId);
        }
    }
}
