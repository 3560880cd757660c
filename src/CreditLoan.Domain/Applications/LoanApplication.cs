using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;

namespace CreditLoan.Domain.Applications;

public enum ApplicationStatus { Submitted, Accepted, ApprovalPending, Approved, Rejected, Withdrawn, Disbursed }

/// <summary>
/// A loan application (product.md §6): Submitted → Accepted (受理) → Approved (授信) → Disbursed (放款); Rejected (reason
/// required) or Withdrawn (by the enterprise) before approval. Above the bank's maker-checker threshold an approval waits
/// as ApprovalPending until a different officer confirms (双人复核). Every other move is refused naming the current state.
/// </summary>
public sealed class LoanApplication : Entity
{
    private readonly List<ApplicationEvent> _history = [];

    private LoanApplication() { }

    /// <param name="township">The enterprise's township when it applies: the statistics count the application (and its loan) there for good.</param>
    /// <param name="industrySection">The enterprise's industry section when it applies, likewise.</param>
    /// <param name="id">The id a keyed submission takes (<see cref="IdFor"/>); a new one otherwise.</param>
    public LoanApplication(Guid enterpriseId, Guid bankId, Guid productId, Guid? needId, decimal amount, int termMonths,
        DateTimeOffset submittedAt, DateTimeOffset acceptDueAt, string submittedBy, Guid? submittedByStationId, string township, string industrySection,
        Guid? id = null)
    {
        if (amount <= 0 || !Money.IsYuan(amount)) throw new DomainException("amount must be a positive yuan amount.") { Code = "AmountNotYuan" };
        if (id is { } given) Id = given;
        EnterpriseId = enterpriseId;
        BankId = bankId;
        ProductId = productId;
        NeedId = needId;
        RequestedAmount = amount;
        RequestedTermMonths = termMonths;
        SubmittedAt = submittedAt;
        AcceptDueAt = acceptDueAt;
        SubmittedByStationId = submittedByStationId;
        Township = township;
        IndustrySection = industrySection;
        Status = ApplicationStatus.Submitted;
        Record(ApplicationStatus.Submitted, submittedAt, submittedBy, null);
        Raise(new ApplicationMoved(this, null, ApplicationFacts.Of(this), submittedAt));
    }

    /// <summary>
    /// The id of the application an enterprise submits under an idempotency key: the same enterprise and key always give
    /// the same id (SHA-256, as an RFC 9562 version-8 UUID), so a repeat finds the first and a concurrent one loses on the
    /// primary key; another enterprise's key can never name it.
    /// </summary>
    public static Guid IdFor(Guid enterpriseId, string idempotencyKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"application|{enterpriseId:N}|{idempotencyKey}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);   // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);   // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The application's number as people read it out (申请编号): SQ, the China date of submission, ten characters of its id.</summary>
    public static string NumberOf(Guid id, DateTimeOffset submittedAt) =>
        $"SQ{ChinaTime.DateOf(submittedAt):yyyyMMdd}{id.ToString("N")[^10..].ToUpperInvariant()}";

    public Guid EnterpriseId { get; private set; }
    public Guid BankId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid? NeedId { get; private set; }
    public decimal RequestedAmount { get; private set; }
    public int RequestedTermMonths { get; private set; }
    public Guid? SubmittedByStationId { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset AcceptDueAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? DecideDueAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public decimal? ApprovedAmount { get; private set; }
    public decimal? ApprovedAnnualRate { get; private set; }
    public int? ApprovedTermMonths { get; private set; }
    public RepaymentMethod? ApprovedRepaymentMethod { get; private set; }
    /// <summary>The officer who proposed the approval (the maker).</summary>
    public string? ProposedBy { get; private set; }
    public string? RejectReason { get; private set; }
    public decimal? DisbursedAmount { get; private set; }
    public DateOnly? DisbursedOn { get; private set; }
    public Guid? LoanId { get; private set; }
    /// <summary>When the bank was told the application is overdue (督办), once per stage.</summary>
    public DateTimeOffset? AcceptOverdueNotifiedAt { get; private set; }
    public DateTimeOffset? DecideOverdueNotifiedAt { get; private set; }
    /// <summary>Where the enterprise was when it applied (township code, industry section): where the statistics count it.</summary>
    public string Township { get; private set; } = "";
    public string IndustrySection { get; private set; } = "";
    /// <summary>
    /// Whether the application has missed a service time limit (<see cref="ApplicationFacts.MissedALimit"/>): set once, the
    /// first time it does; the statistics count it overdue once.
    /// </summary>
    public bool OverdueCounted { get; private set; }
    /// <summary>Optimistic-concurrency token, renewed by every transition: of two officers acting at once, one wins.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ApplicationEvent> History => _history;

    public bool IsClosed => Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.Disbursed;

    /// <summary>The current stage's service time limit: accept by, while Submitted; decide by, while Accepted or held for a second officer.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<LoanApplication, DateTimeOffset?>> CurrentDue = a =>
        a.Status == ApplicationStatus.Submitted ? a.AcceptDueAt
        : a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending ? a.DecideDueAt
        : null;

    /// <summary>Overdue: the current stage's service time limit has passed (the bureau's supervision list, 督办).</summary>
    public static readonly Rule<LoanApplication> Overdue = new((a, now) =>
        (a.Status == ApplicationStatus.Submitted && a.AcceptDueAt < now)
        || ((a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending) && a.DecideDueAt < now));

    /// <summary>Overdue and its bank not yet told for the current stage (the supervision job's work).</summary>
    public static readonly Rule<LoanApplication> OverdueUntold = new((a, now) =>
        (a.Status == ApplicationStatus.Submitted && a.AcceptDueAt < now && a.AcceptOverdueNotifiedAt == null)
        || ((a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.ApprovalPending) && a.DecideDueAt < now
            && a.DecideOverdueNotifiedAt == null));

    private static readonly Func<LoanApplication, DateTimeOffset?> CurrentDueOf = CurrentDue.Compile();

    public bool IsOverdueAt(DateTimeOffset now) => Overdue.Holds(this, now);

    public DateTimeOffset? CurrentDueAt => CurrentDueOf(this);

    public void Accept(DateTimeOffset at, DateTimeOffset decideDueAt, string by)
    {
        Require("accept", ApplicationStatus.Submitted);
        AcceptedAt = at;
        DecideDueAt = decideDueAt;
        Move(ApplicationStatus.Accepted, at, by, null);
    }

    /// <summary>
    /// Approves the terms — within the product's rate and term ranges, with one of its repayment methods, at most the amount
    /// asked for — or holds them for a second officer when the amount is above <paramref name="makerCheckerThreshold"/>.
    /// </summary>
    public void Approve(decimal amount, decimal annualRate, int termMonths, RepaymentMethod method, LoanProduct product, decimal? makerCheckerThreshold,
        DateTimeOffset at, string by)
    {
        Require("approve", ApplicationStatus.Accepted);
        if (product.Id != ProductId) throw new InvalidOperationException("The terms are the application's own product's.");
        product.CheckOffer(annualRate, termMonths, method);
        if (amount <= 0 || amount > RequestedAmount) throw new FieldRuleException("amount", $"amount must be above 0 and at most the requested {RequestedAmount:0.00}.")
            { Code = "ApprovedAboveRequested", Values = [RefusalValue.Yuan(RequestedAmount)] };
        ApprovedAmount = amount;
        ApprovedAnnualRate = annualRate;
        ApprovedTermMonths = termMonths;
        ApprovedRepaymentMethod = method;
        ProposedBy = by;
        if (makerCheckerThreshold is { } threshold && amount > threshold)
        {
            Move(ApplicationStatus.ApprovalPending, at, by, $"above the maker-checker threshold {threshold:0.00}: waits for a second officer");
            return;
        }
        DecidedAt = at;
        Move(ApplicationStatus.Approved, at, by, null);
    }

    /// <summary>The second officer confirms a held approval; the maker cannot confirm their own.</summary>
    public void ConfirmApproval(DateTimeOffset at, string by)
    {
        Require("confirm the approval", ApplicationStatus.ApprovalPending);
        if (by == ProposedBy) throw new DomainException("The confirming officer must differ from the officer who proposed the approval (双人复核).")
            { Code = "SameOfficer" };
        DecidedAt = at;
        Move(ApplicationStatus.Approved, at, by, "confirmed by a second officer");
    }

    public void Reject(string reason, DateTimeOffset at, string by)
    {
        Require("reject", ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.ApprovalPending);
        if (string.IsNullOrWhiteSpace(reason)) throw new FieldRuleException("reason", "A rejection needs a reason.") { Code = "RejectReasonRequired" };
        RejectReason = reason.Trim();
        DecidedAt = at;
        Move(ApplicationStatus.Rejected, at, by, RejectReason);
    }

    public void Withdraw(DateTimeOffset at, string by)
    {
        Require("withdraw", ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.ApprovalPending);
        Move(ApplicationStatus.Withdrawn, at, by, null);
    }

    /// <summary>Disburses (放款) the approved loan: at most the approved amount, on a China date from submission to today; returns the loan.</summary>
    public Loan Disburse(decimal amount, DateOnly disbursedOn, DateTimeOffset at, string by)
    {
        Require("disburse", ApplicationStatus.Approved);
        if (amount <= 0 || amount > ApprovedAmount) throw new FieldRuleException("amount", $"amount must be above 0 and at most the approved {ApprovedAmount:0.00}.")
            { Code = "DisbursedAboveApproved", Values = [RefusalValue.Yuan(ApprovedAmount ?? 0)] };
        if (disbursedOn < ChinaTime.DateOf(SubmittedAt)) throw new FieldRuleException("disbursedOn", "disbursedOn cannot be before the application was submitted.")
            { Code = "DisbursedBeforeSubmitted", Values = [RefusalValue.Day(ChinaTime.DateOf(SubmittedAt))] };
        if (disbursedOn > ChinaTime.DateOf(at)) throw new FieldRuleException("disbursedOn", "disbursedOn cannot be in the future (China time).") { Code = "DisbursedInFuture" };
        var loan = new Loan(Id, EnterpriseId, BankId, amount, ApprovedAnnualRate!.Value, ApprovedTermMonths!.Value, ApprovedRepaymentMethod!.Value,
            disbursedOn, at, Township, IndustrySection);
        DisbursedAmount = amount;
        DisbursedOn = disbursedOn;
        LoanId = loan.Id;
        Move(ApplicationStatus.Disbursed, at, by, null);
        return loan;
    }

    /// <summary>
    /// The working-day calendar changed (the bureau uploaded a year's official arrangement): the open stage's deadline
    /// becomes <paramref name="due"/>, recorded in the history with the old and new time. Not a transition: the version
    /// stays. False when the application has no open stage or the deadline is unchanged.
    /// </summary>
    public bool RescheduleDeadline(DateTimeOffset due, DateTimeOffset at, string by, string reason)
    {
        if (CurrentDueAt is not { } old || old == due) return false;
        if (Status == ApplicationStatus.Submitted) AcceptDueAt = due;
        else DecideDueAt = due;
        Record(Status, at, by, $"{reason}：办理时限由{Local(old)}调整为{Local(due)}");
        return true;
    }

    private static string Local(DateTimeOffset instant) =>
        instant.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Records that the bank was told (督办) for the current stage; false when it already was.</summary>
    public bool MarkOverdueNotified(DateTimeOffset at)
    {
        var before = ApplicationFacts.Of(this);
        if (Status == ApplicationStatus.Submitted && AcceptOverdueNotifiedAt is null) AcceptOverdueNotifiedAt = at;
        else if (Status is ApplicationStatus.Accepted or ApplicationStatus.ApprovalPending && DecideOverdueNotifiedAt is null) DecideOverdueNotifiedAt = at;
        else return false;
        Changed(before, at);
        return true; // not a transition: the version stays, so an officer acting at the same moment is not refused
    }

    /// <summary>
    /// The bureau presses the bank (督办) with a note: only while the application waits on the bank (submitted, accepted, or
    /// held for a second officer). Not a transition: the state and the version stay, so an officer acting at the same moment
    /// is not refused.
    /// </summary>
    public SupervisionNote Supervise(string text, DateTimeOffset at, string by)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Accepted or ApplicationStatus.ApprovalPending))
            throw new InvalidStateException("Application", Status.ToString(), "supervise");
        var note = text.Trim();
        if (note.Length == 0) throw new FieldRuleException("text", "A supervision note needs a text.") { Code = "SupervisionNoteEmpty" };
        return new SupervisionNote(Id, BankId, Status, note.Length > SupervisionNote.MaxText ? note[..SupervisionNote.MaxText] : note, at, by);
    }

    /// <summary>
    /// <see cref="ApplicationFacts.MissedALimit"/> as a query: the applications the statistics count overdue (on their
    /// submission day), so that a list behind the figure finds exactly those.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<LoanApplication, bool>> MissedALimit = a =>
        a.AcceptOverdueNotifiedAt != null || a.DecideOverdueNotifiedAt != null
        || (a.AcceptedAt != null && a.AcceptedAt > a.AcceptDueAt)
        || (a.DecidedAt != null && (a.AcceptedAt == null ? a.DecidedAt > a.AcceptDueAt : a.DecidedAt > (a.DecideDueAt ?? a.AcceptDueAt)));

    /// <summary>The facts as they were when the transition under way began (every transition begins with <see cref="Require"/>).</summary>
    private ApplicationFacts? _before;

    private void Require(string action, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(Status)) throw new InvalidStateException("Application", Status.ToString(), action);
        _before = ApplicationFacts.Of(this);
    }

    private void Move(ApplicationStatus status, DateTimeOffset at, string by, string? note)
    {
        var before = _before ?? throw new InvalidOperationException("A transition begins with Require.");
        _before = null;
        Status = status;
        Version = Guid.NewGuid();
        Record(status, at, by, note);
        Changed(before, at);
    }

    /// <summary>Records what changed; the first missed time limit marks the application counted overdue.</summary>
    private void Changed(ApplicationFacts before, DateTimeOffset at)
    {
        var after = ApplicationFacts.Of(this);
        if (after.MissedALimit) OverdueCounted = true;
        Raise(new ApplicationMoved(this, before, after, at));
    }

    private void Record(ApplicationStatus status, DateTimeOffset at, string by, string? note) =>
        _history.Add(new ApplicationEvent(Id, _history.Count + 1, status, at, by, note));
}
