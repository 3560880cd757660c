using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>A repayment recorded by the bank.</summary>
public sealed class Repayment
{
    private Repayment() { }

    internal Repayment(Guid loanId, decimal amount, DateOnly paidOn, DateTimeOffset recordedAt, string recordedBy)
    {
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
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}
