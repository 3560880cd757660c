using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>What a dataset import produced before the batch is recorded.</summary>
public sealed record ImportOutcome(int Accepted, int Rejected, IReadOnlyList<ImportRowError> Errors, bool ErrorsTruncated,
    int Changed, int ProfilesRecomputed);
