using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>A repayment recorded by the bank; a prepayment (提前还款) is one that paid principal early.</summary>
public sealed class Repayment
{
    private Repayment() { }

    /// <param name="id">The id a keyed recording takes (<see cref="IdFor"/>); a new one otherwise.</param>
    internal Repayment(Guid loanId, decimal amount, DateOnly paidOn, DateOnly bookedOn, bool isPrepayment, DateTimeOffset recordedAt, string recordedBy,
        Guid? id = null)
    {
        BookedOn = bookedOn;
        IsPrepayment = isPrepayment;
        Id = id ?? Guid.CreateVersion7();
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

    /// <summary>
    /// The id of the repayment recorded on <paramref name="loanId"/> with an idempotency key (the API's <c>Idempotency-Key</c>, the
    /// portal's form key): a repeat of the request finds the first, and two at once cannot both insert it.
    /// </summary>
    public static Guid IdFor(Guid loanId, string idempotencyKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"repayment|{loanId:N}|{idempotencyKey}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);   // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);   // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    internal void BookOn(DateOnly openFrom)
    {
        if (BookedOn < openFrom) BookedOn = openFrom;
    }
}
