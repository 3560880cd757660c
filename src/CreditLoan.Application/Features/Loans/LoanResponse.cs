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

public sealed record LoanResponse(
    Guid Id,
    Guid ApplicationId,
    Guid EnterpriseId,
    Guid BankId,
    decimal Principal,
    decimal AnnualRate,
    int TermMonths,
    RepaymentMethod RepaymentMethod,
    DateOnly DisbursedOn,
    LoanStatus Status,
    decimal TotalDue,
    decimal PaidTotal,
    decimal Outstanding,
    IReadOnlyList<ScheduledPayment> Schedule,
    IReadOnlyList<RepaymentResponse> Repayments)
{
    public static LoanResponse From(Loan l, DateOnly today) => new(l.Id, l.ApplicationId, l.EnterpriseId, l.BankId, l.Principal, l.AnnualRate, l.TermMonths,
        l.RepaymentMethod, l.DisbursedOn, l.StatusOn(today), l.TotalDue, l.PaidTotal, l.Outstanding, l.Schedule.OrderBy(p => p.Period).ToList(),
        l.Repayments.OrderBy(r => r.PaidOn).Select(r => new RepaymentResponse(r.Id, r.Amount, r.PaidOn, r.RecordedAt)).ToList());
}
