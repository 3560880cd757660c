using System.Data.Common;
using System.Globalization;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Import;

/// <summary>The credit report's view of one credit code's records.</summary>
public sealed class CreditDataReader(CreditProfileUpdater loader) : Application.Features.Credit.ICreditDataReader
{
    public async Task<CreditData> ReadAsync(string creditCode, CancellationToken cancellationToken) =>
        (await loader.LoadAsync(null, [creditCode], cancellationToken))[creditCode];
}
