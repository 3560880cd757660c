using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>
/// A bank invites a prospect of its published product to apply (product.md §5): the enterprise behind the open need, which
/// the bank sees masked, gets a message through the outbox naming the bank and the product; the bank still does not learn
/// who it is. Once per product and need; the need must still be open and match the product.
/// </summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record InviteProspectCommand(Guid ProductId, Guid NeedId) : ICommand<ProspectInvitationResponse>, ITargetsEntity
{
    public string AuditEntityId => $"{ProductId}/{NeedId}";
}

public sealed record ProspectInvitationResponse(Guid ProductId, Guid NeedId, DateTimeOffset InvitedAt);

public sealed class InviteProspectHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<InviteProspectCommand, ProspectInvitationResponse>
{
    public const string NotificationType = "ProspectInvitation";

    /// <summary>The outbox key of an invitation: the same prospect is never invited to the same product twice.</summary>
    public static string KeyOf(Guid productId, Guid needId) => $"invite:{productId:N}:{needId:N}";

    public async ValueTask<ProspectInvitationResponse> Handle(InviteProspectCommand c, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().OwnedBy(user).FindAsync("Product", c.ProductId, cancellationToken);
        if (product.Status != ProductStatus.Published) throw new InvalidStateException("Product", product.Status.ToString(), "invite prospects");
        var now = clock.GetUtcNow();
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == c.NeedId, cancellationToken) ?? throw new NotFoundException("Need", c.NeedId);
        var enterprise = await MatchingData.EnterpriseAsync(db, need.EnterpriseId, MatchingData.Today(clock), cancellationToken);
        if (!need.IsOpenAt(now) || enterprise is null
            || !MatchingEngine.Matches(product, new MatchNeed(need.Id, need.Amount, need.TermMonths, need.Collateral, need.MaxAnnualRate), enterprise))
            throw new FieldRuleException("needId", "The need is no longer an open need that matches the product.") { Code = "ProspectGone" };
        var key = KeyOf(product.Id, need.Id);
        if (await db.Outbox.AnyAsync(m => m.DeduplicationKey == key, cancellationToken))
            throw new ConflictException("This prospect was already invited to apply for this product.") { Code = "AlreadyInvited" };

        var bank = await db.Banks.AsNoTracking().Where(b => b.Id == product.BankId).Select(b => b.Name).FirstAsync(cancellationToken);
        var phone = await db.Enterprises.AsNoTracking().Where(e => e.Id == need.EnterpriseId).Select(e => e.Phone).FirstAsync(cancellationToken);
        var text = $"{bank}邀请您申请「{product.Name}」：额度{product.MinAmount:#,0}–{product.MaxAmount:#,0}元，期限{product.MinTermMonths}–{product.MaxTermMonths}个月，" +
                   $"年利率{product.MinAnnualRate:0.00##}%–{product.MaxAnnualRate:0.00##}%。您发布的融资需求（{need.Amount:#,0.00}元）符合该产品的条件，可在平台查看并申请。";
        db.Notify(NotificationType, $"enterprise:{need.EnterpriseId}",
            new { productId = product.Id, productName = product.Name, bankId = product.BankId, bankName = bank, needId = need.Id, phone, text }, now, key);
        return new ProspectInvitationResponse(product.Id, need.Id, now);
    }
}
