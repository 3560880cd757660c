using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

public sealed record RepaymentResponse(Guid Id, decimal Amount, DateOnly PaidOn, DateTimeOffset RecordedAt) : IEntityResponse;
