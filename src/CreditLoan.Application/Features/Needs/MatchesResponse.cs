using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Needs;

/// <param name="Reasons">Why it fits, in English.</param>
/// <param name="ReasonDetails">The same reasons as stable codes with their values, for a client writing its own language.</param>
public sealed record MatchItem(Guid ProductId, string ProductName, Guid BankId, string? BankName, int FitScore, IReadOnlyList<string> Reasons,
    decimal MinAnnualRate, decimal MaxAnnualRate, IReadOnlyList<string> RequiredMaterials, IReadOnlyList<MatchReasonDetail> ReasonDetails);

public sealed record MatchReasonDetail(string Code, IReadOnlyList<string> Values);

public sealed record MatchesResponse(Guid NeedId, IReadOnlyList<MatchItem> Items);
