using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

public enum LoanStatus { Active, Overdue, Settled }

/// <summary>A disbursed loan with its schedule; repayments are applied to the instalments in order.</summary>
public sealed class Loan : Entity
{
    private readonly List<ScheduledPayment> _schedule = [];
    private readonly List<Repayment> _repayments = [];

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
        CreatedAt = createdAt;
        Township = township;
        IndustrySection = industrySection;
        _schedule.AddRange(RepaymentSchedule.Generate(principal, annualRate, termMonths, method, disbursedOn));
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
    public DateTimeOffset CreatedAt { get; private set; }
    public decimal PaidTotal { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ScheduledPayment> Schedule => _schedule;
    public IReadOnlyList<Repayment> Repayments => _repayments;

    public decimal TotalDue => _schedule.Sum(p => p.Payment);

    public decimal Outstanding => TotalDue - PaidTotal;

    /// <summary>Settled when everything is paid; overdue while what fell due by <paramref name="today"/> exceeds what was paid.</summary>
    public LoanStatus StatusOn(DateOnly today)
    {
        if (SettledAt is not null) return LoanStatus.Settled;
        var dueByToday = _schedule.Where(p => p.DueDate < today).Sum(p => p.Payment);
        return PaidTotal < dueByToday ? LoanStatus.Overdue : LoanStatus.Active;
    }

    public Repayment RecordRepayment(decimal amount, DateOnly paidOn, DateOnly today, DateTimeOffset at, string by)
    {
        if (SettledAt is not null) throw new InvalidStateException("Loan", nameof(LoanStatus.Settled), "record a repayment");
        if (amount <= 0 || !Money.IsYuan(amount)) throw new FieldRuleException("amount", "amount must be a positive yuan amount with at most 2 decimals.");
        if (amount > Outstanding) throw new FieldRuleException("amount", $"amount is more than the {Outstanding:0.00} yuan still owed.");
        if (paidOn < DisbursedOn) throw new FieldRuleException("paidOn", "paidOn cannot be before the disbursal.");
        if (paidOn > today) throw new FieldRuleException("paidOn", "paidOn cannot be in the future (China time).");
        var repayment = new Repayment(Id, amount, paidOn, at, by);
        _repayments.Add(repayment);
        PaidTotal += amount;
        if (PaidTotal == TotalDue) SettledAt = at;
        Version = Guid.NewGuid();
        return repayment;
    }
}
