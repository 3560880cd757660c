using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

public enum LoanStatus { Active, Overdue, Settled }

/// <summary>
/// A disbursed loan with its schedule. Repayments are allocated to the oldest instalment not fully paid, interest before
/// principal (<see cref="LoanAllocation"/>); the loan keeps its principal still owed and the due date of its oldest unpaid
/// instalment, from which its days past due and status follow on any day (docs/portfolio.md).
/// </summary>
public sealed class Loan : Entity
{
    private readonly List<ScheduledPayment> _schedule = [];
    private readonly List<Repayment> _repayments = [];

    /// <summary>Set on a loan read with only its recent repayments (<see cref="CountEarlierRepaymentsAsOne"/>): what the others paid in all.</summary>
    private PaymentIn? _earlier;

    private Loan() { }

    /// <summary>Made by <see cref="Applications.LoanApplication.Disburse"/>; counted where its application was made.</summary>
    internal Loan(Guid applicationId, Guid enterpriseId, Guid bankId, decimal principal, decimal annualRate, int termMonths, RepaymentMethod method,
        DateOnly disbursedOn, DateTimeOffset createdAt, string township, string industrySection)
    {
        ApplicationId = applicationId;
        EnterpriseId = enterpriseId;
        BankId = bankId;
        Principal = principal;
        AnnualRate = annualRate;
        TermMonths = termMonths;
        RepaymentMethod = method;
        DisbursedOn = disbursedOn;
        BookedOn = disbursedOn;
        CreatedAt = createdAt;
        Township = township;
        IndustrySection = industrySection;
        _schedule.AddRange(RepaymentSchedule.Generate(principal, annualRate, termMonths, method, disbursedOn));
        ScheduleDigest = RepaymentSchedule.Digest(_schedule);
        Refresh(createdAt);
        Raise(new LoanDisbursed(this));
    }

    public Guid ApplicationId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid BankId { get; private set; }
    public decimal Principal { get; private set; }
    public decimal AnnualRate { get; private set; }
    public int TermMonths { get; private set; }
    public RepaymentMethod RepaymentMethod { get; private set; }
    public DateOnly DisbursedOn { get; private set; }
    /// <summary>Where its application was made (township code, industry section), as the statistics count the enterprise served.</summary>
    public string Township { get; private set; } = "";
    public string IndustrySection { get; private set; } = "";
    /// <summary>The category of its product (信用贷 = <see cref="ProductCategory.Credit"/>), for the credit-only share.</summary>
    public ProductCategory Category { get; private set; }
    /// <summary>首贷户: the enterprise had no earlier loan on the platform (nor one in the credit data) when this one was disbursed.</summary>
    public bool FirstTimeBorrower { get; private set; }
    /// <summary>The day the portfolio statistics count the loan from: its disbursal, or the first day of a month not yet closed.</summary>
    public DateOnly BookedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public decimal PaidTotal { get; private set; }
    /// <summary>Principal still owed after every repayment recorded.</summary>
    public decimal OutstandingPrincipal { get; private set; }
    /// <summary>The due date of the oldest instalment not fully paid (null once all are paid).</summary>
    public DateOnly? OldestUnpaidDue { get; private set; }
    /// <summary>The due date the enterprise was last told about, three days before it; and the one it was last told is overdue.</summary>
    public DateOnly? DueToldFor { get; private set; }
    public DateOnly? OverdueToldFor { get; private set; }
    /// <summary>Set on loans of 1.0.0 until the portfolio job has worked out their position and statistics.</summary>
    public bool PositionStale { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    /// <summary>
    /// The schedule's fingerprint (<see cref="RepaymentSchedule.Digest"/>), kept as the schedule changes: a bulk import rebuilds a
    /// loan from its columns and the schedule generated from its terms when the two fingerprints agree (<see cref="Rebuild"/>),
    /// without reading its instalments. Null on a loan of an earlier release until it is next serviced.
    /// </summary>
    public string? ScheduleDigest { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ScheduledPayment> Schedule => _schedule;
    public IReadOnlyList<Repayment> Repayments => _repayments;

    public decimal TotalDue => _schedule.Sum(p => p.Payment);

    public decimal Outstanding => TotalDue - PaidTotal;

    /// <summary>Overdue on a day: an instalment due before that China day is not fully paid (one due that day is not yet late).</summary>
    public static readonly Rule<Loan> Overdue = new((l, at) => l.SettledAt == null && l.OldestUnpaidDue < ChinaTime.DateOf(at));

    /// <summary>An instalment falls due within three days (today included) and the enterprise has not been told of it.</summary>
    public static readonly Rule<Loan> DueSoonUntold = new((l, at) => l.SettledAt == null && l.OldestUnpaidDue >= ChinaTime.DateOf(at)
        && l.OldestUnpaidDue <= ChinaTime.DateOf(at).AddDays(3) && (l.DueToldFor == null || l.DueToldFor < l.OldestUnpaidDue));

    /// <summary>Overdue, and the enterprise has not been told that this instalment is overdue.</summary>
    public static readonly Rule<Loan> OverdueUntold = new((l, at) => l.SettledAt == null && l.OldestUnpaidDue < ChinaTime.DateOf(at)
        && (l.OverdueToldFor == null || l.OverdueToldFor < l.OldestUnpaidDue));

    /// <summary>The schedule in the order repayments are allocated to it.</summary>
    public IReadOnlyList<ScheduledPayment> OrderedSchedule => LoanAllocation.Ordered(_schedule);

    /// <summary>The repayments as the allocation sees them: on the day paid, or (for the statistics) on the day booked.</summary>
    public IEnumerable<PaymentIn> Payments(bool booked = false) =>
        (_earlier is { } e ? [e] : Enumerable.Empty<PaymentIn>()).Concat(_repayments.Select(r => new PaymentIn(booked ? r.BookedOn : r.PaidOn, r.Amount, r.RecordedAt.UtcTicks)));

    /// <summary>
    /// For a loan read without tracking with only its repayments booked on or after <paramref name="from"/> (a bulk import of
    /// recent repayments: a province's loans have a dozen each): the repayments booked before it — not read, or dropped here if
    /// they were — count as one payment of what they paid in all (<see cref="PaidTotal"/> less the others), the day before.
    /// Allocation fills the instalments in order whatever the order of the payments, so what each instalment got, the principal
    /// owed, the oldest unpaid instalment and the portfolio's days from <paramref name="from"/> on are those of the whole loan;
    /// only the days earlier instalments were paid off are not known, so such a loan shows no <see cref="Allocation"/> and takes
    /// no prepayment. Never on a tracked loan: the repayments dropped would be deleted.
    /// </summary>
    public void CountEarlierRepaymentsAsOne(DateOnly from)
    {
        _repayments.RemoveAll(r => r.BookedOn < from);
        var earlier = PaidTotal - _repayments.Sum(r => r.Amount);
        _earlier = earlier > 0 ? new PaymentIn(from.AddDays(-1), earlier, long.MinValue) : null;
        PartlyRead = true;
    }

    /// <summary>Read with <see cref="CountEarlierRepaymentsAsOne"/>: its <see cref="Repayments"/> are only the recent ones.</summary>
    public bool PartlyRead { get; private set; }

    /// <summary>
    /// A loan rebuilt from its stored columns and the repayments given (all of them, or the recent ones followed by
    /// <see cref="CountEarlierRepaymentsAsOne"/>), its schedule generated from its terms — for a bulk import,
    /// which then need not read the loan's instalments (a province's loans have a dozen each). Only when the generated schedule's
    /// fingerprint is the one stored (<see cref="ScheduleDigest"/>): null for a loan whose schedule a prepayment changed, one made
    /// by an earlier generation, or one of an earlier release not yet serviced; such a loan is read whole.
    /// </summary>
    public static Loan? Rebuild(StoredLoan s, IEnumerable<Repayment> repayments)
    {
        if (s.ScheduleDigest is null) return null;
        var schedule = RepaymentSchedule.Generate(s.Principal, s.AnnualRate, s.TermMonths, s.RepaymentMethod, s.DisbursedOn);
        if (RepaymentSchedule.Digest(schedule) != s.ScheduleDigest) return null;
        var loan = new Loan
        {
            Id = s.Id, ApplicationId = s.ApplicationId, EnterpriseId = s.EnterpriseId, BankId = s.BankId, Principal = s.Principal, AnnualRate = s.AnnualRate,
            TermMonths = s.TermMonths, RepaymentMethod = s.RepaymentMethod, DisbursedOn = s.DisbursedOn, Township = s.Township, IndustrySection = s.IndustrySection,
            Category = s.Category, FirstTimeBorrower = s.FirstTimeBorrower, BookedOn = s.BookedOn, CreatedAt = s.CreatedAt, PaidTotal = s.PaidTotal,
            OutstandingPrincipal = s.OutstandingPrincipal, OldestUnpaidDue = s.OldestUnpaidDue, DueToldFor = s.DueToldFor, OverdueToldFor = s.OverdueToldFor,
            PositionStale = s.PositionStale, SettledAt = s.SettledAt, ScheduleDigest = s.ScheduleDigest, Version = s.Version,
        };
        loan._schedule.AddRange(schedule);
        loan._repayments.AddRange(repayments.Where(r => r.LoanId == s.Id));
        return loan;
    }

    /// <summary>What each instalment (in <see cref="OrderedSchedule"/>'s order) has been paid.</summary>
    public IReadOnlyList<InstalmentPaid> Allocation() => PartlyRead
        ? throw new InvalidOperationException("A loan read with only its recent repayments does not know when its earlier instalments were paid off.")
        : LoanAllocation.Allocate(OrderedSchedule, Payments());

    public LoanPosition PositionOn(DateOnly day) => LoanAllocation.PositionOn(Principal, OrderedSchedule, Payments(), day);

    public int DaysPastDue(DateOnly today) => SettledAt is null && OldestUnpaidDue is { } u && u < today ? today.DayNumber - u.DayNumber : 0;

    /// <summary>The next due date not yet fully paid, from today on (null when settled or when only overdue ones are left).</summary>
    public DateOnly? NextDueDate(DateOnly today)
    {
        var paid = LoanAllocation.Allocate(OrderedSchedule, Payments());
        return OrderedSchedule.Select((p, i) => (p, i)).Where(x => paid[x.i].PaidOffOn is null && x.p.DueDate >= today)
            .Select(x => (DateOnly?)x.p.DueDate).FirstOrDefault();
    }

    /// <summary>Settled when everything is paid; overdue while an instalment that fell due before <paramref name="today"/> is unpaid.</summary>
    public LoanStatus StatusOn(DateOnly today) =>
        SettledAt is not null ? LoanStatus.Settled : OldestUnpaidDue is { } u && u < today ? LoanStatus.Overdue : LoanStatus.Active;

    /// <summary>Classifies the loan at disbursal for the portfolio statistics (its product's category, first-time borrower, booked day).</summary>
    public void Classify(ProductCategory category, bool firstTimeBorrower, DateOnly openFrom)
    {
        Category = category;
        FirstTimeBorrower = firstTimeBorrower;
        BookedOn = DisbursedOn < openFrom ? openFrom : DisbursedOn;
    }

    /// <param name="openFrom">The first day of the portfolio statistics' open months: a repayment dated before it is booked on it.</param>
    /// <param name="id">The repayment's id when the request was keyed (<see cref="Repayment.IdFor"/>).</param>
    public Repayment RecordRepayment(decimal amount, DateOnly paidOn, DateOnly today, DateTimeOffset at, string by, DateOnly openFrom = default,
        Guid? id = null)
    {
        if (SettledAt is not null) throw new InvalidStateException("Loan", nameof(LoanStatus.Settled), "record a repayment");
        if (amount <= 0 || !Money.IsYuan(amount)) throw new FieldRuleException("amount", "还款金额须为正数，最多两位小数。") { Code = "AmountNotYuan" };
        if (amount > Outstanding) throw new FieldRuleException("amount", $"还款金额超过尚欠的 {Outstanding:0.00} 元。")
            { Code = "RepaymentAboveOutstanding", Values = [RefusalValue.Yuan(Outstanding)] };
        if (paidOn < DisbursedOn) throw new FieldRuleException("paidOn", "还款日期不能早于放款日。")
            { Code = "PaidBeforeDisbursed", Values = [RefusalValue.Day(DisbursedOn)] };
        if (paidOn > today) throw new FieldRuleException("paidOn", "还款日期不能晚于今天（北京时间）。") { Code = "PaidInFuture" };
        var before = Snapshot();
        var repayment = new Repayment(Id, amount, paidOn, paidOn < openFrom ? openFrom : paidOn, false, at, by, id);
        _repayments.Add(repayment);
        PaidTotal += amount;
        Refresh(at);
        Raise(new LoanServiced(this, before.Schedule, before.Payments, repayment.BookedOn));
        return repayment;
    }

    /// <summary>
    /// Early repayment (提前还款) of principal: allowed when every instalment due by <paramref name="paidOn"/> is paid and nothing is
    /// paid ahead; the schedule after it is recomputed as the bank chooses (<see cref="PrepaymentSchedule"/>).
    /// </summary>
    public Repayment Prepay(decimal amount, DateOnly paidOn, PrepaymentMode mode, DateOnly today, DateTimeOffset at, string by, DateOnly openFrom = default,
        Guid? id = null)
    {
        if (PartlyRead) throw new InvalidOperationException("A prepayment needs every repayment of the loan read.");
        if (SettledAt is not null) throw new InvalidStateException("Loan", nameof(LoanStatus.Settled), "record a prepayment");
        if (paidOn < DisbursedOn) throw new FieldRuleException("paidOn", "提前还款日期不能早于放款日。")
            { Code = "PaidBeforeDisbursed", Values = [RefusalValue.Day(DisbursedOn)] };
        if (paidOn > today) throw new FieldRuleException("paidOn", "提前还款日期不能晚于今天（北京时间）。") { Code = "PaidInFuture" };
        if (paidOn < openFrom) throw new FieldRuleException("paidOn", "该日期所在月份的统计已封存，提前还款请按实际办理日期登记。")
            { Code = "PrepayInClosedMonth" };
        if (_repayments.Any(r => r.PaidOn > paidOn)) throw new FieldRuleException("paidOn", "已有晚于该日期的还款记录。") { Code = "PrepayBeforeLaterRepayment" };
        var dueByThen = _schedule.Where(p => p.DueDate <= paidOn).Sum(p => p.Payment);
        if (PaidTotal < dueByThen) throw new FieldRuleException("paidOn", "尚有到期未还的款项，请先还清再提前还款。") { Code = "PrepayWithOverdue" };
        if (PaidTotal > dueByThen) throw new FieldRuleException("paidOn", "已有预付的款项，请先按期还款后再提前还款。") { Code = "PrepayWithPaidAhead" };
        var before = Snapshot();
        var schedule = PrepaymentSchedule.Recompute(_schedule, Principal, AnnualRate, RepaymentMethod, paidOn, amount, mode);
        _schedule.Clear();
        _schedule.AddRange(schedule);
        ScheduleDigest = RepaymentSchedule.Digest(_schedule);
        var repayment = new Repayment(Id, amount, paidOn, paidOn, true, at, by, id);
        _repayments.Add(repayment);
        PaidTotal += amount;
        Refresh(at);
        Raise(new LoanServiced(this, before.Schedule, before.Payments, paidOn));
        return repayment;
    }

    /// <summary>Tells the enterprise once per due date, three days before it; false when there is nothing new to tell.</summary>
    public bool MarkDueTold(DateTimeOffset at)
    {
        if (!DueSoonUntold.Holds(this, at)) return false;
        DueToldFor = OldestUnpaidDue;
        return true;
    }

    /// <summary>Tells the enterprise once per overdue instalment; false when there is nothing new to tell.</summary>
    public bool MarkOverdueTold(DateTimeOffset at)
    {
        if (!OverdueUntold.Holds(this, at)) return false;
        OverdueToldFor = OldestUnpaidDue;
        return true;
    }

    /// <summary>Works out a 1.0.0 loan's position once (the portfolio job); it is then counted as if disbursed now.</summary>
    public void Restate(DateTimeOffset at, DateOnly openFrom)
    {
        BookedOn = DisbursedOn < openFrom ? openFrom : DisbursedOn;
        foreach (var r in _repayments) r.BookOn(openFrom);
        Refresh(at);
        PositionStale = false;
        Raise(new LoanServiced(this, [], [], BookedOn));
    }

    private (IReadOnlyList<ScheduledPayment> Schedule, IReadOnlyList<PaymentIn> Payments) Snapshot() => (_schedule.ToList(), Payments(booked: true).ToList());

    private void Refresh(DateTimeOffset at)
    {
        ScheduleDigest ??= RepaymentSchedule.Digest(_schedule);
        var schedule = OrderedSchedule;
        var paid = LoanAllocation.Allocate(schedule, Payments());
        OutstandingPrincipal = Principal - paid.Sum(p => p.Principal);
        OldestUnpaidDue = schedule.Select((p, i) => (p, i)).Where(x => paid[x.i].PaidOffOn is null).Select(x => (DateOnly?)x.p.DueDate).FirstOrDefault();
        if (OldestUnpaidDue is null && SettledAt is null && PaidTotal == TotalDue && _repayments.Count > 0) SettledAt = at;
        Version = Guid.NewGuid();
    }
}
