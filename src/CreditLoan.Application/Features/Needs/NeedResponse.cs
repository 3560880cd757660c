using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Needs;

public sealed record NeedResponse(
    Guid Id,
    Guid EnterpriseId,
    decimal Amount,
    int TermMonths,
    string Purpose,
    Collateral Collateral,
    decimal? MaxAnnualRate,
    NeedStatus Status,
    DateTimeOffset PostedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ClosedAt,
    Guid? PostedByStationId) : IEntityResponse
{
    /// <summary>An open need past its expiry shows as Expired even before the expiry job has marked it.</summary>
    public static NeedResponse From(FinancingNeed n, DateTimeOffset now) => new(n.Id, n.EnterpriseId, n.Amount, n.TermMonths, n.Purpose, n.Collateral,
        n.MaxAnnualRate, n.StatusAt(now), n.PostedAt, n.ExpiresAt, n.ClosedAt,
        n.PostedByStationId);
}
