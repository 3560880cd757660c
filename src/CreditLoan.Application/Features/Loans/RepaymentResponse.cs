using CreditLoan.Application.Common.Behaviours;

namespace CreditLoan.Application.Features.Loans;

public sealed record RepaymentResponse(Guid Id, decimal Amount, DateOnly PaidOn, DateTimeOffset RecordedAt, bool IsPrepayment = false) : IEntityResponse;
