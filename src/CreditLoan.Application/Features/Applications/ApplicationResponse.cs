using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

public sealed record ApplicationEventResponse(ApplicationStatus Status, DateTimeOffset At, string By, string? Note);

/// <summary>Who at the bank handles the application once it is accepted: the officer who accepted it (受理人) and their phone.</summary>
public sealed record ApplicationContact(string BankName, string OfficerName, string? Phone);

public sealed record ApplicationResponse(
    Guid Id,
    Guid EnterpriseId,
    Guid BankId,
    Guid ProductId,
    Guid? NeedId,
    decimal Amount,
    int TermMonths,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset AcceptDueAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DecideDueAt,
    DateTimeOffset? DecidedAt,
    bool Overdue,
    DateTimeOffset? CurrentDueAt,
    decimal? ApprovedAmount,
    decimal? AnnualRate,
    int? ApprovedTermMonths,
    RepaymentMethod? RepaymentMethod,
    string? RejectReason,
    decimal? DisbursedAmount,
    DateOnly? DisbursedOn,
    Guid? LoanId,
    IReadOnlyList<ApplicationEventResponse> History) : IEntityResponse
{
    /// <summary>The number people read out (申请编号, <see cref="LoanApplication.NumberOf"/>).</summary>
    public string Number => LoanApplication.NumberOf(Id, SubmittedAt);

    /// <summary>Filled in by the query of one application once the bank has accepted it; null in lists and before.</summary>
    public ApplicationContact? BankContact { get; init; }

    public static ApplicationResponse From(LoanApplication a, DateTimeOffset now) => new(a.Id, a.EnterpriseId, a.BankId, a.ProductId, a.NeedId,
        a.RequestedAmount, a.RequestedTermMonths, a.Status, a.SubmittedAt, a.AcceptDueAt, a.AcceptedAt, a.DecideDueAt, a.DecidedAt, a.IsOverdueAt(now),
        a.CurrentDueAt, a.ApprovedAmount, a.ApprovedAnnualRate, a.ApprovedTermMonths, a.ApprovedRepaymentMethod, a.RejectReason, a.DisbursedAmount, a.DisbursedOn,
        a.LoanId, a.History.OrderBy(h => h.Sequence).Select(h => new ApplicationEventResponse(h.Status, h.At, h.By, h.Note)).ToList());
}
