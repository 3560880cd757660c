using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Statistics;

/// <summary>The portfolio counters of a group on a day (docs/portfolio.md); money in fen, the rate weight in fen × rate × 10,000.</summary>
public static class PortfolioCounters
{
    /// <summary>State on a day (a sum of the daily changes up to it), then flows (counted on the day they happen).</summary>
    public static readonly string[] Names =
        ["Loans", "OutstandingFen", "OverdueFen", "Dpd1Fen", "Dpd31Fen", "Dpd61Fen", "NplFen", "CreditFen", "RateFen", "NewLoans", "NewFen", "FirstTime"];

    public const int State = 9;

    public static int Bucket(int daysPastDue) => daysPastDue switch { <= 0 => -1, <= 30 => 3, <= 60 => 4, <= 90 => 5, _ => 6 };
}

/// <summary>A loan as the portfolio statistics see it: its terms, its schedule and its repayments on their booked days.</summary>
public sealed record PortfolioLoan(decimal Principal, decimal AnnualRate, ProductCategory Category, DateOnly BookedOn,
    IReadOnlyList<ScheduledPayment> Schedule, IReadOnlyList<PaymentIn> Payments)
{
    public static PortfolioLoan Of(Loan l) => new(l.Principal, l.AnnualRate, l.Category, l.BookedOn, l.OrderedSchedule, l.Payments(booked: true).ToList());

    public PortfolioLoan Before(IReadOnlyList<ScheduledPayment> schedule, IReadOnlyList<PaymentIn> payments) =>
        this with { Schedule = LoanAllocation.Ordered(schedule), Payments = payments };

    /// <summary>The loan's state counters on a day: nothing before it was booked or once its principal is repaid.</summary>
    public long[] StateOn(DateOnly day) => new PortfolioStates(this).On(day);

    /// <summary>
    /// Adds the days from <paramref name="from"/> on where the state may change — payments, the booked day, and each due
    /// date's 1, 31, 61 and 91 days past due — to <paramref name="days"/> (a bulk import works out a hundred thousand loans' steps).
    /// </summary>
    public void AddChangeDays(List<DateOnly> days, DateOnly from)
    {
        foreach (var p in Payments)
            if (p.On >= from) days.Add(p.On);
        if (BookedOn >= from) days.Add(BookedOn);
        foreach (var p in Schedule)
            foreach (var k in PastDueMarks)
                if (p.DueDate.AddDays(k) is var d && d >= from) days.Add(d);
    }

    private static readonly int[] PastDueMarks = [1, 31, 61, 91];
}

/// <summary>
/// A loan's state counters on successive days (<see cref="PortfolioLoan.StateOn"/>). What the payments counted by a day paid —
/// the principal still owed and the oldest instalment not fully paid — changes only with a payment, so it is allocated once
/// for each set of payments counted, not once per day; the days past due then follow from the day.
/// </summary>
public sealed class PortfolioStates(PortfolioLoan loan)
{
    private readonly PaymentIn[] _byDate = loan.Payments.OrderBy(p => p.On).ToArray();
    private int _counted = -1;
    private decimal _outstanding;
    private DateOnly? _oldestUnpaid;

    public long[] On(DateOnly day)
    {
        var c = new long[PortfolioCounters.State];
        Into(day, c);
        return c;
    }

    /// <summary>The state counters on <paramref name="day"/> written into <paramref name="c"/> (<see cref="PortfolioCounters.State"/> long).</summary>
    public void Into(DateOnly day, Span<long> c)
    {
        c.Clear();
        if (day < loan.BookedOn || loan.Schedule.Count == 0) return;
        var counted = 0;
        while (counted < _byDate.Length && _byDate[counted].On <= day) counted++;
        if (counted != _counted)
        {
            var position = LoanAllocation.PositionOn(loan.Principal, loan.Schedule, _byDate.Take(counted), day);
            (_counted, _outstanding, _oldestUnpaid) = (counted, position.OutstandingPrincipal, position.OldestUnpaidDue);
        }
        if (_outstanding <= 0) return;
        var fen = Money.ToFen(_outstanding);
        c[0] = 1;
        c[1] = fen;
        var bucket = PortfolioCounters.Bucket(_oldestUnpaid is { } u && u < day ? day.DayNumber - u.DayNumber : 0);
        if (bucket > 0)
        {
            c[2] = fen;
            c[bucket] = fen;
        }
        if (loan.Category == ProductCategory.Credit) c[7] = fen;
        c[8] = fen * decimal.ToInt64(loan.AnnualRate * 10_000m);
    }
}

/// <summary>
/// The daily changes a loan event makes to the portfolio projection: the difference between the loan's state counters after
/// and before the event, as steps on the days it changes, from the event's booked day on (days before it are not touched,
/// so a closed month reads the same later). The future days a loan becomes 1, 31, 61 and 91 days past due are written in
/// advance, and taken back by the repayment that prevents them.
/// </summary>
public static class PortfolioSteps
{
    public static IReadOnlyList<(DateOnly Day, long[] Change)> Between(PortfolioLoan? before, PortfolioLoan after, DateOnly from)
    {
        var days = new List<DateOnly>(64) { from };
        after.AddChangeDays(days, from);
        before?.AddChangeDays(days, from);
        days.Sort();
        var steps = new List<(DateOnly, long[])>();
        Span<long> previous = stackalloc long[PortfolioCounters.State], now = stackalloc long[PortfolioCounters.State],
            was = stackalloc long[PortfolioCounters.State];
        previous.Clear();
        var (afterStates, beforeStates) = (new PortfolioStates(after), before is null ? null : new PortfolioStates(before));
        for (var d = 0; d < days.Count; d++)
        {
            var day = days[d];
            if (d > 0 && day == days[d - 1]) continue;
            afterStates.Into(day, now);
            if (beforeStates is not null)
            {
                beforeStates.Into(day, was);
                for (var i = 0; i < now.Length; i++) now[i] -= was[i];
            }
            long[]? change = null;
            for (var i = 0; i < now.Length; i++)
                if (now[i] != previous[i]) (change ??= new long[PortfolioCounters.Names.Length])[i] = now[i] - previous[i];
            if (change is not null) steps.Add((day, change));
            now.CopyTo(previous);
        }
        return steps;
    }

    /// <summary>A new loan's flows on its booked day: one new loan, its amount, and whether its borrower is a first-time one.</summary>
    public static long[] NewLoan(Loan loan)
    {
        var c = new long[PortfolioCounters.Names.Length];
        c[9] = 1;
        c[10] = Money.ToFen(loan.Principal);
        c[11] = loan.FirstTimeBorrower ? 1 : 0;
        return c;
    }
}
