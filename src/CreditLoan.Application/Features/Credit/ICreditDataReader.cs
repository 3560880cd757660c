using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Credit;

/// <summary>Reads every record of one credit code (implemented over the bulk readers of the import).</summary>
public interface ICreditDataReader
{
    Task<Scoring.CreditData> ReadAsync(string creditCode, CancellationToken cancellationToken);
}
