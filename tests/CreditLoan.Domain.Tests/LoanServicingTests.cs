using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CreditLoan.Domain.Tests;

/// <summary>Allocation of repayments, days past due, status and early repayment (docs/portfolio.md).</summary>
public sealed class LoanServicingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly March10 = new(2026, 3, 10);

    private static readonly LoanProduct Product = new(Guid.NewGuid(), new ProductTerms("全能贷", ProductCategory.Credit, 100m, 5_000_000m, 1, 360, 0.01m, 24m,
        Enum.GetValues<RepaymentMethod>(), [], [], CreditGrade.D, 0, [], false, ["营业执照"], null), Now);

    /// <summary>A loan disbursed on 10 March 2026 through its application, as the platform makes one.</summary>
    public static Loan NewLoan(decimal amount = 100_000m, decimal rate = 4.35m, int term = 12, RepaymentMethod method = RepaymentMethod.EqualInstallment)
    {
        var a = new LoanApplication(Guid.NewGuid(), Product.BankId, Product.Id, null, amount, term, Now, Now.AddDays(2), "ent", null, "130682101", "A");
        a.Accept(Now, Now.AddDays(7), "officer");
        a.Approve(amount, rate, term, method, Product, null, Now, "officer");
        var loan = a.Disburse(amount, March10, Now, "officer");
        loan.Classify(ProductCategory.Credit, true, DateOnly.MinValue);
        loan.TakeDomainEvents();
        return loan;
    }

    private static DateTimeOffset At(DateOnly day) => ChinaTime.StartOf(day).AddHours(10);

    private static Repayment Pay(Loan loan, decimal amount, DateOnly on) => loan.RecordRepayment(amount, on, on, At(on), "officer");

    [Fact]
    public void A_repayment_goes_to_the_oldest_instalment_interest_first_then_on_to_the_next()
    {
        var loan = NewLoan();                               // 8,530.99 a month; first interest 362.50
        Pay(loan, 300m, new DateOnly(2026, 4, 10));        // interest only, partly
        var paid = loan.Allocation();
        Assert.Equal((300m, 0m), (paid[0].Interest, paid[0].Principal));
        Assert.Equal(100_000m, loan.OutstandingPrincipal);
        Pay(loan, 9_000m, new DateOnly(2026, 4, 10));      // the rest of April, then May's interest and some principal
        paid = loan.Allocation();
        Assert.Equal(new DateOnly(2026, 4, 10), paid[0].PaidOffOn);
        Assert.Equal(loan.Schedule[1].Interest, paid[1].Interest);
        Assert.Equal(9_300m - 8_530.99m - loan.Schedule[1].Interest, paid[1].Principal);
        Assert.Equal(100_000m - loan.Schedule[0].Principal - paid[1].Principal, loan.OutstandingPrincipal);
        Assert.Equal(new DateOnly(2026, 5, 10), loan.OldestUnpaidDue);
    }

    [Fact]
    public void Days_past_due_count_from_the_oldest_unpaid_due_date_and_status_follows()
    {
        var loan = NewLoan();
        Assert.Equal(LoanStatus.Active, loan.StatusOn(new DateOnly(2026, 4, 10)));   // due today is not late
        Assert.Equal(0, loan.DaysPastDue(new DateOnly(2026, 4, 10)));
        Assert.Equal(LoanStatus.Overdue, loan.StatusOn(new DateOnly(2026, 4, 11)));
        Assert.Equal(1, loan.DaysPastDue(new DateOnly(2026, 4, 11)));
        Assert.Equal(91, loan.DaysPastDue(new DateOnly(2026, 7, 10)));               // April 10 + 91 days: non-performing
        Assert.Equal(91, loan.PositionOn(new DateOnly(2026, 7, 10)).DaysPastDue);
        Assert.Equal(3 * 8_530.99m, loan.PositionOn(new DateOnly(2026, 7, 10)).PastDueAmount);   // April, May, June
        Pay(loan, 8_530.99m, new DateOnly(2026, 7, 10));                             // April paid: May is now the oldest
        Assert.Equal(61, loan.DaysPastDue(new DateOnly(2026, 7, 10)));
        Assert.Equal(new DateOnly(2026, 7, 10), loan.NextDueDate(new DateOnly(2026, 7, 10)));
        Pay(loan, loan.Outstanding, new DateOnly(2026, 7, 10));
        Assert.Equal(LoanStatus.Settled, loan.StatusOn(new DateOnly(2026, 7, 11)));
        Assert.Equal(0, loan.DaysPastDue(new DateOnly(2026, 8, 11)));
        Assert.Equal(0m, loan.OutstandingPrincipal);
        Assert.Throws<InvalidStateException>(() => Pay(loan, 1m, new DateOnly(2026, 7, 10)));
    }

    [Fact]
    public void Overdue_rules_hold_as_queries_do_and_tell_once()
    {
        var loan = NewLoan();
        var april7 = At(new DateOnly(2026, 4, 7));
        Assert.False(Loan.DueSoonUntold.Holds(loan, At(new DateOnly(2026, 4, 6))));
        Assert.True(loan.MarkDueTold(april7));                                       // three days before 10 April
        Assert.False(loan.MarkDueTold(april7));
        Assert.False(Loan.Overdue.Holds(loan, At(new DateOnly(2026, 4, 10))));
        Assert.True(Loan.Overdue.Holds(loan, At(new DateOnly(2026, 4, 11))));
        Assert.True(loan.MarkOverdueTold(At(new DateOnly(2026, 4, 11))));
        Assert.False(loan.MarkOverdueTold(At(new DateOnly(2026, 4, 20))));
        Pay(loan, 8_530.99m, new DateOnly(2026, 4, 20));
        Assert.False(Loan.Overdue.Holds(loan, At(new DateOnly(2026, 4, 20))));
        Assert.Single(new[] { loan }.AsQueryable().Where(Loan.DueSoonUntold.At(At(new DateOnly(2026, 5, 8)))));
    }

    [Fact]
    public void Prepaying_shortens_the_term_at_the_same_instalment_or_lowers_it_over_the_same_months()
    {
        foreach (var mode in Enum.GetValues<PrepaymentMode>())
        {
            var loan = NewLoan();
            Pay(loan, 8_530.99m, new DateOnly(2026, 4, 10));
            loan.Prepay(30_000m, new DateOnly(2026, 4, 20), mode, new DateOnly(2026, 4, 20), At(new DateOnly(2026, 4, 20)), "officer");
            var rows = loan.OrderedSchedule;
            Assert.Equal(100_000m, rows.Sum(r => r.Principal));
            Assert.True(rows[1].IsPrepayment);
            Assert.Equal(0m, rows[^1].Remaining);
            var after = rows.Skip(2).ToList();
            if (mode == PrepaymentMode.ShortenTerm)
            {
                Assert.True(after.Count < 11);
                Assert.All(after.SkipLast(1), r => Assert.Equal(8_530.99m, r.Payment));
            }
            else
            {
                Assert.Equal(11, after.Count);
                Assert.True(after[0].Payment < 8_530.99m);
                Assert.Equal(new DateOnly(2027, 3, 10), after[^1].DueDate);
            }
            Assert.Equal(LoanStatus.Active, loan.StatusOn(new DateOnly(2026, 4, 21)));
            Assert.Equal(100_000m - rows[0].Principal - 30_000m, loan.OutstandingPrincipal);
        }
    }

    [Fact]
    public void Prepaying_is_refused_while_an_instalment_is_unpaid_or_for_a_bullet_loan()
    {
        var loan = NewLoan();
        var e = Assert.Throws<FieldRuleException>(() => loan.Prepay(1_000m, new DateOnly(2026, 4, 20), PrepaymentMode.ShortenTerm,
            new DateOnly(2026, 4, 20), Now, "officer"));
        Assert.Equal("paidOn", e.Field);
        var bullet = NewLoan(method: RepaymentMethod.BulletPayment);
        Assert.Equal("mode", Assert.Throws<FieldRuleException>(() => bullet.Prepay(1_000m, new DateOnly(2026, 4, 20), PrepaymentMode.LowerInstallment,
            new DateOnly(2026, 4, 20), Now, "officer")).Field);
        var all = NewLoan();
        all.Prepay(100_000m, new DateOnly(2026, 3, 20), PrepaymentMode.ShortenTerm, new DateOnly(2026, 3, 20), Now, "officer");
        Assert.Equal(LoanStatus.Settled, all.StatusOn(new DateOnly(2026, 3, 21)));
    }

    public static Arbitrary<(decimal Principal, decimal Rate, int Term, RepaymentMethod Method, int Paid, int Share, PrepaymentMode Mode)> Prepayments() =>
        (from fen in Gen.Choose(1_000_00, 5_000_000_00)
         from rate in Gen.Choose(1, 2400)
         from term in Gen.Choose(2, 120)
         from method in Gen.Elements(RepaymentMethod.EqualInstallment, RepaymentMethod.EqualPrincipal, RepaymentMethod.InterestOnly)
         from paid in Gen.Choose(0, term - 1)
         from share in Gen.Choose(1, 1000)
         from mode in Gen.Elements(Enum.GetValues<PrepaymentMode>())
         select (fen / 100m, rate / 100m, term, method, paid, share, method == RepaymentMethod.InterestOnly ? PrepaymentMode.LowerInstallment : mode))
        .ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(LoanServicingTests)])]
    public bool After_a_prepayment_principal_still_sums_to_the_loan_and_the_balance_never_rises(
        (decimal Principal, decimal Rate, int Term, RepaymentMethod Method, int Paid, int Share, PrepaymentMode Mode) x)
    {
        var loan = NewLoan(x.Principal, x.Rate, x.Term, x.Method);
        var before = loan.OrderedSchedule;
        for (var k = 0; k < x.Paid; k++)
            if (before[k].Payment > 0) Pay(loan, before[k].Payment, before[k].DueDate);
        var day = x.Paid == 0 ? March10 : before[x.Paid - 1].DueDate;
        var owed = x.Principal - before.Take(x.Paid).Sum(r => r.Principal);
        var amount = Math.Max(0.01m, Money.RoundToFen(owed * x.Share / 1000m));
        var balances = new List<decimal> { loan.OutstandingPrincipal };
        loan.Prepay(amount, day, x.Mode, day, At(day), "officer");
        balances.Add(loan.OutstandingPrincipal);
        var s = loan.OrderedSchedule;
        var remaining = s.Select(r => r.Remaining).Prepend(x.Principal).ToList();
        // and the rest repaid as scheduled: the outstanding principal only ever falls
        foreach (var r in s.Where(r => r.DueDate > day && r.Payment > 0))
        {
            Pay(loan, r.Payment, r.DueDate);
            balances.Add(loan.OutstandingPrincipal);
        }
        return s.Sum(r => r.Principal) == x.Principal
               && remaining.Zip(remaining.Skip(1)).All(b => b.Second <= b.First)
               && s[^1].Remaining == 0m
               && s.All(r => r.Principal >= 0 && r.Interest >= 0 && r.Payment == r.Principal + r.Interest && decimal.Round(r.Payment, 2) == r.Payment)
               && s.Count(r => r.DueDate > day) <= before.Count(r => r.DueDate > day)
               && s[^1].DueDate <= before[^1].DueDate
               && s.Where(r => r.DueDate > day).Sum(r => r.Interest) <= before.Where(r => r.DueDate > day).Sum(r => r.Interest)
               && balances.Zip(balances.Skip(1)).All(b => b.Second <= b.First)
               && loan.StatusOn(s[^1].DueDate.AddDays(1)) == LoanStatus.Settled && loan.OutstandingPrincipal == 0m;
    }

    public static Arbitrary<(int Term, int[] Payments)> Repayments() =>
        (from term in Gen.Choose(1, 36)
         from payments in Gen.ArrayOf(Gen.Choose(1, 2_000_000)).Select(a => a.Take(40).ToArray())
         select (term, payments)).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(LoanServicingTests)])]
    public bool Allocation_never_pays_an_instalment_beyond_its_amount_and_the_balance_never_rises((int Term, int[] Payments) x)
    {
        var loan = NewLoan(50_000m, 6m, x.Term, RepaymentMethod.EqualPrincipal);
        var day = March10;
        var balance = loan.OutstandingPrincipal;
        foreach (var fen in x.Payments)
        {
            if (loan.SettledAt is not null) break;
            day = day.AddDays(9);
            Pay(loan, Math.Min(fen / 100m, loan.Outstanding), day);
            if (loan.OutstandingPrincipal > balance) return false;
            balance = loan.OutstandingPrincipal;
        }
        var paid = loan.Allocation();
        var s = loan.OrderedSchedule;
        return s.Select((r, i) => paid[i].Interest <= r.Interest && paid[i].Principal <= r.Principal).All(ok => ok)
               && paid.Sum(p => p.Interest + p.Principal) == loan.PaidTotal
               && loan.OutstandingPrincipal == 50_000m - paid.Sum(p => p.Principal);
    }

    public static Arbitrary<(int Term, RepaymentMethod Method, (int Fen, int Gap)[] Paid, int OpenFrom, int NewFen, int NewGap)> PartlyRead() =>
        (from term in Gen.Choose(1, 24)
         from method in Gen.Elements(Enum.GetValues<RepaymentMethod>())
         from paid in Gen.ArrayOf(Gen.Choose(1, 3_000_000).SelectMany(f => Gen.Choose(1, 45).Select(g => (f, g)))).Select(a => a.Take(20).ToArray())
         from openFrom in Gen.Choose(0, 400)
         from newFen in Gen.Choose(1, 3_000_000)
         from newGap in Gen.Choose(0, 60)
         select (term, method, paid, openFrom, newFen, newGap)).ToArbitrary();

    /// <summary>
    /// A bulk import reads a loan with only its repayments booked from the earliest row's booked day (the others count as one
    /// payment): recording the row on it gives the loan and the portfolio's changes that the loan read whole gives.
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(LoanServicingTests)])]
    public bool A_loan_read_with_only_its_recent_repayments_records_one_as_the_whole_loan_does(
        (int Term, RepaymentMethod Method, (int Fen, int Gap)[] Paid, int OpenFrom, int NewFen, int NewGap) x)
    {
        var (whole, part) = (NewLoan(60_000m, 5.4m, x.Term, x.Method), NewLoan(60_000m, 5.4m, x.Term, x.Method));
        var openFrom = March10.AddDays(x.OpenFrom);
        var day = March10;
        foreach (var (fen, gap) in x.Paid)
        {
            if (whole.SettledAt is not null) break;
            day = day.AddDays(gap);
            var amount = Math.Min(fen / 100m, whole.Outstanding);
            foreach (var loan in new[] { whole, part }) loan.RecordRepayment(amount, day, day, At(day), "officer", openFrom);
        }
        if (whole.SettledAt is not null) return true;
        var paidOn = day.AddDays(x.NewGap);
        var from = paidOn > openFrom ? paidOn : openFrom;
        // and as an import reads a loan whose schedule is as generated: its columns and its recent repayments, no instalments
        var rebuilt = Loan.Rebuild(StoredLoan.Of(part), part.Repayments.Where(r => r.BookedOn >= from).ToList());
        if (rebuilt is null) return false;
        rebuilt.CountEarlierRepaymentsAsOne(from);
        part.CountEarlierRepaymentsAsOne(from);
        var steps = new List<string>();
        foreach (var loan in new[] { whole, part, rebuilt })
        {
            loan.TakeDomainEvents();
            loan.RecordRepayment(Math.Min(x.NewFen / 100m, loan.Outstanding), paidOn, paidOn, At(paidOn), "officer", openFrom);
            var e = loan.TakeDomainEvents().OfType<LoanServiced>().Single();
            var after = PortfolioLoan.Of(loan);
            steps.Add(string.Join(";", PortfolioSteps.Between(after.Before(e.ScheduleBefore, e.PaymentsBefore), after, e.From)
                .Select(s => $"{s.Day}:{string.Join(",", s.Change)}")));
        }
        return part.Repayments.All(r => r.BookedOn >= from) && new[] { part, rebuilt }.All(p => p.Repayments.All(r => r.BookedOn >= from)
               && whole.OutstandingPrincipal == p.OutstandingPrincipal && whole.OldestUnpaidDue == p.OldestUnpaidDue && whole.PaidTotal == p.PaidTotal
               && (whole.SettledAt is null) == (p.SettledAt is null) && whole.DaysPastDue(paidOn.AddDays(40)) == p.DaysPastDue(paidOn.AddDays(40)))
               && steps[0] == steps[1] && steps[0] == steps[2];
    }

    [Fact]
    public void A_schedule_s_fingerprint_is_its_rows_as_MariaDB_prints_them_hashed_whatever_the_scale_of_its_amounts()
    {
        var loan = NewLoan(60_000m, 6m, 12, RepaymentMethod.EqualPrincipal);
        // SHA-256 of "1,2026-04-10,5000.00,300.00,5300.00,55000.00,0;2,2026-05-10,5000.00,275.00,5275.00,50000.00,0;…", worked out apart
        Assert.Equal("7ad8a21a98891edf", loan.ScheduleDigest);
        // amounts as read back with more decimals (5000.000), rows in any order
        var rescaled = loan.Schedule.Select(p => p with { Principal = p.Principal * 1.000m, Remaining = p.Remaining * 1.0m }).Reverse().ToList();
        Assert.Equal("5000.000", rescaled[^1].Principal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(loan.ScheduleDigest, RepaymentSchedule.Digest(rescaled));
        Assert.NotEqual(loan.ScheduleDigest, RepaymentSchedule.Digest(loan.Schedule.Select((p, i) => i == 1 ? p with { Interest = p.Interest + 0.01m } : p)));
    }

    /// <summary>The fingerprint as its definition reads: the rows as text, hashed (the code writes bytes straight, for speed).</summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(LoanServicingTests)])]
    public bool A_schedule_s_fingerprint_is_the_hash_of_its_rows_as_text(
        (decimal Principal, decimal Rate, int Term, RepaymentMethod Method, int Paid, int Share, PrepaymentMode Mode) x)
    {
        var loan = NewLoan(x.Principal, x.Rate, x.Term, x.Method);
        var schedules = new List<IReadOnlyList<ScheduledPayment>> { loan.Schedule.ToList() };
        var day = loan.Schedule[0].DueDate.AddDays(-1);
        var owed = loan.OutstandingPrincipal;
        loan.Prepay(Math.Max(0.01m, Money.RoundToFen(owed * x.Share / 1000m)), day, x.Mode, day, At(day), "officer");
        schedules.Add(loan.Schedule.ToList());
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        string Text(IReadOnlyList<ScheduledPayment> s) => string.Join(";", s.OrderBy(p => p.Period).Select(p => string.Join(",", p.Period.ToString(inv),
            p.DueDate.ToString("yyyy-MM-dd", inv), p.Principal.ToString("0.00", inv), p.Interest.ToString("0.00", inv), p.Payment.ToString("0.00", inv),
            p.Remaining.ToString("0.00", inv), p.IsPrepayment ? "1" : "0")));
        return schedules.All(s => RepaymentSchedule.Digest(s) ==
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text(s))))[..16]);
    }

    [Fact]
    public void A_loan_is_rebuilt_from_its_columns_only_while_its_schedule_is_the_one_its_terms_generate()
    {
        var loan = NewLoan();
        Pay(loan, 8_530.99m, new DateOnly(2026, 4, 10));
        var rebuilt = Loan.Rebuild(StoredLoan.Of(loan), loan.Repayments);
        Assert.NotNull(rebuilt);
        Assert.Equal(StoredLoan.Of(loan), StoredLoan.Of(rebuilt));
        Assert.Equal(loan.Schedule, rebuilt.Schedule);
        Assert.Equal(loan.Allocation(), rebuilt.Allocation());

        // a loan of an earlier release, not yet serviced, has no fingerprint; one whose stored schedule is not its generation
        // (another fingerprint) is read whole
        Assert.Null(Loan.Rebuild(StoredLoan.Of(loan) with { ScheduleDigest = null }, loan.Repayments));
        Assert.Null(Loan.Rebuild(StoredLoan.Of(loan) with { ScheduleDigest = "0123456789abcdef" }, loan.Repayments));

        // a prepayment changes the schedule and its fingerprint
        var before = loan.ScheduleDigest;
        loan.Prepay(20_000m, new DateOnly(2026, 4, 20), PrepaymentMode.ShortenTerm, new DateOnly(2026, 4, 20), At(new DateOnly(2026, 4, 20)), "officer");
        Assert.NotEqual(before, loan.ScheduleDigest);
        Assert.Equal(RepaymentSchedule.Digest(loan.Schedule), loan.ScheduleDigest);
        Assert.Null(Loan.Rebuild(StoredLoan.Of(loan), loan.Repayments));
    }

    [Fact]
    public void A_loan_read_with_only_its_recent_repayments_shows_no_allocation_and_takes_no_prepayment()
    {
        var loan = NewLoan();
        Pay(loan, 8_530.99m, new DateOnly(2026, 4, 10));
        loan.CountEarlierRepaymentsAsOne(new DateOnly(2026, 5, 1));
        Assert.Empty(loan.Repayments);
        Assert.Throws<InvalidOperationException>(() => loan.Allocation());
        Assert.Throws<InvalidOperationException>(() => loan.Prepay(10_000m, new DateOnly(2026, 5, 1), PrepaymentMode.ShortenTerm, new DateOnly(2026, 5, 1),
            At(new DateOnly(2026, 5, 1)), "officer"));
        Assert.Equal(new DateOnly(2026, 5, 10), loan.OldestUnpaidDue);
    }

    [Fact]
    public void The_portfolio_sees_an_unpaid_loan_cross_each_bucket_and_a_repayment_take_the_future_back()
    {
        var loan = NewLoan();
        var steps = PortfolioSteps.Between(null, PortfolioLoan.Of(loan), loan.BookedOn);
        // booked on 10 March; overdue on 11 April (1–30), 11 May (31–60), 10 June (61–90), 10 July (> 90: non-performing)
        Assert.Equal([March10, new(2026, 4, 11), new(2026, 5, 11), new(2026, 6, 10), new(2026, 7, 10)], steps.Select(s => s.Day));
        Assert.Equal(10_000_000, steps[0].Change[1]);
        Assert.Equal(10_000_000, steps[4].Change[6]);
        Assert.Equal(-10_000_000, steps[4].Change[5]);
        var before = PortfolioLoan.Of(loan);
        var may = new DateOnly(2026, 5, 1);
        Pay(loan, 8_530.99m, may);   // April paid late on 1 May: out of the 1–30 bucket from then; May falls due on 10 May
        var undo = PortfolioSteps.Between(before, PortfolioLoan.Of(loan), may);
        var sum = new long[PortfolioCounters.Names.Length];
        foreach (var (_, c) in steps.Concat(undo).Where(s => s.Day <= new DateOnly(2026, 7, 10)))
            for (var i = 0; i < c.Length; i++) sum[i] += c[i];
        var expected = PortfolioLoan.Of(loan).StateOn(new DateOnly(2026, 7, 10));
        Assert.Equal(expected, sum.Take(PortfolioCounters.State));
        Assert.Equal(0, sum[6]);                                         // May unpaid since 10 May: 61 days on 10 July, not yet non-performing
        Assert.Equal(Money.ToFen(loan.OutstandingPrincipal), sum[5]);
    }
}
