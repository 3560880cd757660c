using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Loans;

/// <summary>A loan was disbursed (放款): the enterprise is served on its disbursal date.</summary>
public sealed record LoanDisbursed(Loan Loan) : IDomainEvent;
