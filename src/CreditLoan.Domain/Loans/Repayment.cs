using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>A repayment recorded by the bank; a prepayment (提前还款) is one that paid principal early.</summary>
public sealed class Repayment
{
    private Repayment() { }

    internal Repayment(Guid loanId, decimal amount, DateOnly paidOn, DateOnly bookedOn, bool isPrepayment, DateTimeOffset recordedAt, string recordedBy)
    {
        BookedOn = bookedOn;
        IsPrepayment = isPrepayment;
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Amount = amount;
        PaidOn = paidOn;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }
    public Guid LoanId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly PaidOn { get; private set; }
    /// <summary>The day the portfolio statistics count it: the day paid, or the first day of a month not yet closed when paid before it.</summary>
    public DateOnly BookedOn { get; private set; }
    public bool IsPrepayment { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    internal void BookOn(DateOnly openFrom)
    {
        if (BookedOn < openFrom) BookedOn = openFrom;
    }
}
