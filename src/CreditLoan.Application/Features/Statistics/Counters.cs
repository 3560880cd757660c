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

/// <summary>Sums of the projection's counters over a group.</summary>
internal sealed record Counters(long Applications, long Approvals, long Rejections, long Accepts, long AcceptSeconds, long Decisions, long DecideSeconds,
    long Loans, long AmountFen, long DaysToDisburse, long Overdue)
{
    public static readonly Counters Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counters Plus(Counters o) => new(Applications + o.Applications, Approvals + o.Approvals, Rejections + o.Rejections, Accepts + o.Accepts,
        AcceptSeconds + o.AcceptSeconds, Decisions + o.Decisions, DecideSeconds + o.DecideSeconds, Loans + o.Loans, AmountFen + o.AmountFen,
        DaysToDisburse + o.DaysToDisburse, Overdue + o.Overdue);

    public decimal Amount => Money.FromFen(AmountFen);
    public decimal? ApprovalRate => Approvals + Rejections == 0 ? null : Math.Round((decimal)Approvals / (Approvals + Rejections), 4);
    public decimal? AvgDaysToDisburse => Loans == 0 ? null : Math.Round((decimal)DaysToDisburse / Loans, 2);
    public decimal? AvgAcceptHours => Accepts == 0 ? null : Math.Round(AcceptSeconds / 3600m / Accepts, 2);
    public decimal? AvgDecideHours => Decisions == 0 ? null : Math.Round(DecideSeconds / 3600m / Decisions, 2);

    /// <summary>The sums per group key, in one query.</summary>
    public static async Task<Dictionary<TKey, Counters>> ByAsync<TKey>(IQueryable<ApplicationStatsDay> days,
        System.Linq.Expressions.Expression<Func<ApplicationStatsDay, TKey>> key, CancellationToken ct) where TKey : notnull =>
        (await days.GroupBy(key).Select(g => new
            {
                g.Key,
                C = new Counters(g.Sum(x => x.Applications), g.Sum(x => x.Approvals), g.Sum(x => x.Rejections), g.Sum(x => x.Accepts),
                    g.Sum(x => x.AcceptSeconds), g.Sum(x => x.Decisions), g.Sum(x => x.DecideSeconds), g.Sum(x => x.Loans), g.Sum(x => x.AmountFen),
                    g.Sum(x => x.DaysToDisburse), g.Sum(x => x.Overdue)),
            }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.C);
}
