namespace CreditLoan.Domain.Loans;

/// <summary>A payment towards a loan as the allocation sees it: the date it counts from, its amount, its order of recording.</summary>
public readonly record struct PaymentIn(DateOnly On, decimal Amount, long Order);

/// <summary>What the payments so far paid of one instalment.</summary>
public sealed record InstalmentPaid(decimal Interest, decimal Principal, DateOnly? PaidOffOn);

/// <summary>Where a loan stands on a day: principal still owed, the oldest instalment not fully paid, days past due.</summary>
public sealed record LoanPosition(decimal OutstandingPrincipal, DateOnly? OldestUnpaidDue, int DaysPastDue, decimal PastDueAmount)
{
    public bool Overdue => DaysPastDue > 0;
}

/// <summary>
/// Allocation of repayments (product.md §14): each payment goes to the oldest instalment not yet fully paid — the oldest
/// due, or the next one when nothing is due — interest before principal, then on to the next. Pure: the schedule and the
/// payments in, what each instalment got out (docs/portfolio.md).
/// </summary>
public static class LoanAllocation
{
    /// <summary>Allocates <paramref name="payments"/> in date then recording order; rows in the schedule's order (due date, period).</summary>
    public static IReadOnlyList<InstalmentPaid> Allocate(IReadOnlyList<ScheduledPayment> schedule, IEnumerable<PaymentIn> payments)
    {
        var interest = new decimal[schedule.Count];
        var principal = new decimal[schedule.Count];
        var paidOff = new DateOnly?[schedule.Count];
        var k = 0;
        void SkipEmpty()
        {
            // a row with nothing to pay (an interest-free month of 先息后本) is paid off when it falls due
            while (k < schedule.Count && schedule[k].Payment == 0) paidOff[k] = schedule[k++].DueDate;
        }
        SkipEmpty();
        foreach (var p in payments.OrderBy(p => p.On).ThenBy(p => p.Order))
        {
            var left = p.Amount;
            SkipEmpty();
            while (left > 0 && k < schedule.Count)
            {
                var row = schedule[k];
                var toInterest = Math.Min(left, row.Interest - interest[k]);
                interest[k] += toInterest;
                left -= toInterest;
                var toPrincipal = Math.Min(left, row.Principal - principal[k]);
                principal[k] += toPrincipal;
                left -= toPrincipal;
                if (interest[k] == row.Interest && principal[k] == row.Principal)
                {
                    paidOff[k] = p.On;
                    k++;
                    SkipEmpty();
                }
            }
        }
        return schedule.Select((_, i) => new InstalmentPaid(interest[i], principal[i], paidOff[i])).ToList();
    }

    /// <summary>The loan on <paramref name="day"/>, counting the payments dated on or before it (a payment due that day is not yet past due).</summary>
    public static LoanPosition PositionOn(decimal loanPrincipal, IReadOnlyList<ScheduledPayment> schedule, IEnumerable<PaymentIn> payments, DateOnly day)
    {
        var paid = Allocate(schedule, payments.Where(p => p.On <= day));
        var principalPaid = paid.Sum(p => p.Principal);
        DateOnly? oldest = null;
        var pastDue = 0m;
        for (var i = 0; i < schedule.Count; i++)
        {
            if (paid[i].PaidOffOn is not null) continue;
            oldest ??= schedule[i].DueDate;
            if (schedule[i].DueDate < day) pastDue += schedule[i].Payment - paid[i].Interest - paid[i].Principal;
        }
        var dpd = oldest is { } u && u < day ? day.DayNumber - u.DayNumber : 0;
        return new LoanPosition(loanPrincipal - principalPaid, oldest, dpd, pastDue);
    }

    /// <summary>The schedule in the order allocation follows.</summary>
    public static IReadOnlyList<ScheduledPayment> Ordered(IEnumerable<ScheduledPayment> schedule) =>
        schedule.OrderBy(p => p.DueDate).ThenBy(p => p.Period).ToList();
}
