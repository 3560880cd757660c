using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>
/// Recomputes the portfolio from the loans, their schedules and repayments (on their booked days) at every closed month's end
/// and today, in every dimension, and lists the groups where the projection reads otherwise (docs/portfolio.md).
/// </summary>
public static class PortfolioVerification
{
    public static async Task<(int Loans, List<string> Differences)> CheckAsync(IAppDbContext db, DateOnly today, CancellationToken ct)
    {
        var days = await db.PortfolioMonthEnds.AsNoTracking().Where(m => m.Dimension == PortfolioDimension.Closed).Select(m => m.MonthEnd).ToListAsync(ct);
        days.Add(today);
        var expected = days.ToDictionary(d => d, _ => new Dictionary<(string, Guid, string), long[]>());
        var loans = 0;
        await foreach (var loan in db.Loans.AsNoTracking().Include(l => l.Repayments).Where(l => !l.PositionStale).AsAsyncEnumerable().WithCancellation(ct))
        {
            loans++;
            var position = PortfolioLoan.Of(loan);
            foreach (var day in days)
            {
                var c = PortfolioFigures.Zero();
                Array.Copy(position.StateOn(day), c, PortfolioCounters.State);
                if (loan.BookedOn <= day && loan.BookedOn >= new DateOnly(day.Year, day.Month, 1))
                    for (var i = PortfolioCounters.State; i < c.Length; i++) c[i] = PortfolioSteps.NewLoan(loan)[i];
                if (c.All(v => v == 0)) continue;
                foreach (var (dimension, key) in PortfolioProjection.Groups(loan))
                {
                    if (!expected[day].TryGetValue((dimension, loan.BankId, key), out var sum)) expected[day][(dimension, loan.BankId, key)] = sum = PortfolioFigures.Zero();
                    for (var i = 0; i < c.Length; i++) sum[i] += c[i];
                }
            }
        }
        var differences = new List<string>();
        foreach (var day in days)
        foreach (var dimension in PortfolioDimension.All)
        {
            var want = expected[day].Where(x => x.Key.Item1 == dimension).ToDictionary(x => (x.Key.Item2, x.Key.Item3), x => x.Value);
            foreach (var (key, have) in await PortfolioFigures.AsOfAsync(db, dimension, day, null, ct))
            {
                var facts = want.GetValueOrDefault(key) ?? PortfolioFigures.Zero();
                want.Remove(key);
                if (!have.SequenceEqual(facts))
                    differences.Add($"portfolio {day:yyyy-MM-dd} {dimension} {key}: projection [{string.Join(",", have)}], facts [{string.Join(",", facts)}]");
            }
            differences.AddRange(want.Select(x => $"portfolio {day:yyyy-MM-dd} {dimension} {x.Key}: projection missing, facts [{string.Join(",", x.Value)}]"));
        }
        return (loans, differences);
    }
}
