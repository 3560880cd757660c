using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>What an early repayment (提前还款) changes, as the bank chooses: fewer months at the same instalment, or the same months at a lower one.</summary>
public enum PrepaymentMode { ShortenTerm, LowerInstallment }

/// <summary>
/// The schedule after an early repayment (product.md §14, docs/portfolio.md): instalments due on or before the day stay as
/// they were; the prepayment is a row of its own (principal only, due that day); the principal left is spread over the
/// months that remain — the same level payment (or principal share) over fewer months, or a lower one over the same
/// months — exact to the fen, the last row absorbing rounding. Interest after the prepayment is on the reduced principal.
/// </summary>
public static class PrepaymentSchedule
{
    public static IReadOnlyList<ScheduledPayment> Recompute(IReadOnlyList<ScheduledPayment> schedule, decimal principal, decimal annualRatePercent,
        RepaymentMethod method, DateOnly paidOn, decimal amount, PrepaymentMode mode)
    {
        if (method == RepaymentMethod.BulletPayment)
            throw new FieldRuleException("mode", "到期一次还本付息的贷款不能部分提前还款，请一次结清。") { Code = "PrepayBulletPartly" };
        if (method == RepaymentMethod.InterestOnly && mode == PrepaymentMode.ShortenTerm)
            throw new FieldRuleException("mode", "先息后本的贷款只能选择减少每期利息（LowerInstallment）。") { Code = "PrepayInterestOnlyShorten" };
        var ordered = LoanAllocation.Ordered(schedule);
        var kept = ordered.Where(p => p.DueDate <= paidOn).ToList();
        var future = ordered.Where(p => p.DueDate > paidOn).ToList();
        var owed = principal - kept.Sum(p => p.Principal);
        if (amount <= 0 || !Money.IsYuan(amount)) throw new FieldRuleException("amount", "金额须为正数，最多两位小数。") { Code = "AmountNotYuan" };
        if (amount > owed) throw new FieldRuleException("amount", $"提前还款金额超过剩余本金 {owed:0.00} 元。")
            { Code = "PrepayAboveOwed", Values = [RefusalValue.Yuan(owed)] };
        if (future.Count == 0) throw new FieldRuleException("paidOn", "该日之后已没有未到期的还款期次。") { Code = "PrepayNoPeriodsLeft" };
        var i = annualRatePercent / 100m / 12m;
        var next = ordered.Max(p => p.Period) + 1;
        var rest = owed - amount;
        var rows = new List<ScheduledPayment>(kept) { new(next++, paidOn, amount, 0m, amount, rest, IsPrepayment: true) };
        if (rest == 0) return rows;
        var dates = future.Select(p => p.DueDate).ToList();
        var regular = future.First(p => !p.IsPrepayment);
        rows.AddRange(method switch
        {
            RepaymentMethod.EqualInstallment => Level(rest, i, dates, next, mode == PrepaymentMode.ShortenTerm ? regular.Payment : null),
            RepaymentMethod.EqualPrincipal => Shares(rest, i, dates, next, mode == PrepaymentMode.ShortenTerm ? regular.Principal : Money.RoundToFen(rest / dates.Count)),
            _ => InterestOnly(rest, i, dates, next),
        });
        return rows;
    }

    /// <summary>等额本息: a level payment (the old one to shorten the term; else recomputed over the months left) until the principal is repaid.</summary>
    private static List<ScheduledPayment> Level(decimal rest, decimal i, List<DateOnly> dates, int next, decimal? keep)
    {
        var level = keep ?? RepaymentSchedule.LevelPayment(rest, i, dates.Count);
        var rows = Run(rest, i, dates, next, r => level - Money.RoundToFen(r * i));
        if (keep is null && rows.Count < dates.Count)   // rounded up to the fen, the level can repay a month early: one fen lower
        {
            level -= 0.01m;
            rows = Run(rest, i, dates, next, r => level - Money.RoundToFen(r * i));
        }
        return rows;
    }

    /// <summary>等额本金: the same principal share each month (the old one to shorten the term, else the rest over the months left).</summary>
    private static List<ScheduledPayment> Shares(decimal rest, decimal i, List<DateOnly> dates, int next, decimal share) =>
        Run(rest, i, dates, next, _ => share);

    private static List<ScheduledPayment> InterestOnly(decimal rest, decimal i, List<DateOnly> dates, int next) =>
        Run(rest, i, dates, next, _ => 0m);

    /// <summary>Rows until nothing is owed or the dates run out (the last date takes all that remains).</summary>
    private static List<ScheduledPayment> Run(decimal rest, decimal i, List<DateOnly> dates, int next, Func<decimal, decimal> principalOf)
    {
        var rows = new List<ScheduledPayment>();
        for (var k = 0; k < dates.Count && rest > 0; k++)
        {
            var interest = Money.RoundToFen(rest * i);
            var principal = k == dates.Count - 1 ? rest : Math.Clamp(principalOf(rest), 0m, rest);
            rest -= principal;
            rows.Add(new ScheduledPayment(next++, dates[k], principal, interest, principal + interest, rest));
        }
        return rows;
    }
}
