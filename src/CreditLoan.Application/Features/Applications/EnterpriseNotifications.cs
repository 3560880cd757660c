using CreditLoan.Application.Common;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

/// <summary>
/// Tells the enterprise (SMS-style, through the outbox, in the same transaction) when its application is accepted,
/// approved, rejected — with the onward referral — or its loan disbursed (product.md §6, §9); each also a message in its
/// message centre.
/// </summary>
public sealed class EnterpriseNotifications(IAppDbContext db) : IDomainEventConsumer
{
    public async Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        foreach (var moved in events.OfType<ApplicationMoved>())
        {
            var a = moved.Application;
            var (type, text) = moved.MovedTo switch
            {
                ApplicationStatus.Accepted => ("ApplicationAccepted", "您的贷款申请已受理"),
                ApplicationStatus.Approved => ("ApplicationApproved",
                    $"您的贷款申请已获批：{a.ApprovedAmount:#,0.00}元，年利率{a.ApprovedAnnualRate:0.00##}%，{a.ApprovedTermMonths}个月"),
                ApplicationStatus.Rejected => ("ApplicationRejected", $"您的贷款申请未获批准：{a.RejectReason}。平台已为您推荐其他匹配产品。"),
                ApplicationStatus.Disbursed => ("LoanDisbursed", $"贷款{a.DisbursedAmount:#,0.00}元已于{a.DisbursedOn:yyyy-MM-dd}发放"),
                _ => (null, null),
            };
            if (type is null) continue;
            var phone = await db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Phone).FirstAsync(ct);
            db.Notify(type, phone, new { applicationId = a.Id, status = a.Status.ToString(), text }, moved.At, enterpriseId: a.EnterpriseId);
        }
    }
}
