using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

/// <param name="Changed">Accepted rows that were new or differed from what was stored (the rest changed nothing).</param>
/// <param name="ProfilesRecomputed">Credit profiles recomputed because their data changed.</param>
public sealed record ImportReport(
    string BatchId,
    string Dataset,
    int Accepted,
    int Rejected,
    bool DuplicateBatch,
    IReadOnlyList<ImportRowError> Errors,
    bool ErrorsTruncated,
    int Changed = 0,
    int ProfilesRecomputed = 0);
