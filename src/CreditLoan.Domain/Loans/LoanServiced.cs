using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Loans;

/// <summary>
/// A repayment or prepayment changed a loan (or a 1.0.0 loan was restated): what the loan was before, and the day from which
/// the portfolio statistics count the change (the repayment's booked day).
/// </summary>
public sealed record LoanServiced(Loan Loan, IReadOnlyList<ScheduledPayment> ScheduleBefore, IReadOnlyList<PaymentIn> PaymentsBefore, DateOnly From) : IDomainEvent;
