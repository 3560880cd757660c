using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

public sealed record OverviewResponse(DateOnly From, DateOnly To, int ActiveBanks, int PublishedProducts, int RegisteredEnterprises, int NeedsPosted,
    long Applications, long Approvals, long LoansDisbursed, decimal AmountDisbursed, int EnterprisesServed, decimal? ApprovalRate,
    decimal? AvgDaysToDisburse, long OverdueApplications);

/// <summary>The overview (docs/statistics.md): the bureau's for the platform, a bank's for its own bank.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetOverviewQuery(DateOnly? From, DateOnly? To) : IQuery<OverviewResponse>, IStatsRange;

public sealed class GetOverviewValidator : StatsRangeValidator<GetOverviewQuery>;

public sealed class GetOverviewHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetOverviewQuery, OverviewResponse>
{
    public async ValueTask<OverviewResponse> Handle(GetOverviewQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var c = (await Counters.ByAsync(s.Days(db, StatsDimension.Bank), _ => 1, ct)).GetValueOrDefault(1) ?? Counters.Zero;
        var served = await Served.CountAsync(db, s.BankId is { } b ? ServedScopes.Of(b) : ServedScopes.Platform, s.From, s.To, ct);
        var banks = db.Banks.AsNoTracking().Where(b => b.Status == BankStatus.Active && b.CreatedAt < s.End);
        var products = db.Products.AsNoTracking()
            .Where(p => p.Status != ProductStatus.Draft && p.PublishedAt < s.End && (p.RetiredAt == null || p.RetiredAt >= s.End));
        int enterprises, needs;
        if (s.BankId is { } bank)
        {
            banks = banks.Where(b => b.Id == bank);
            products = products.Where(p => p.BankId == bank);
            // a bank's own market: the enterprises that applied to it, the needs it was applied to with
            enterprises = await db.Applications.AsNoTracking().Where(a => a.BankId == bank && a.SubmittedAt < s.End)
                .Select(a => a.EnterpriseId).Distinct().CountAsync(ct);
            needs = await (from a in db.Applications.AsNoTracking()
                           where a.BankId == bank && a.NeedId != null
                           join n in db.Needs.AsNoTracking() on a.NeedId equals n.Id
                           where n.PostedAt >= s.Start && n.PostedAt < s.End
                           select n.Id).Distinct().CountAsync(ct);
        }
        else
        {
            enterprises = await db.Enterprises.AsNoTracking().CountAsync(e => e.RegisteredAt < s.End, ct);
            needs = await db.Needs.AsNoTracking().CountAsync(n => n.PostedAt >= s.Start && n.PostedAt < s.End, ct);
        }
        return new OverviewResponse(s.From, s.To, await banks.CountAsync(ct), await products.CountAsync(ct), enterprises, needs, c.Applications,
            c.Approvals, c.Loans, c.Amount, (int)served, c.ApprovalRate, c.AvgDaysToDisburse, c.Overdue);
    }
}
