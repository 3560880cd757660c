using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>
/// Streams one dataset's rows into the database in chunks (infrastructure: parsing and bulk writes are
/// provider-specific). A wrong header is refused before anything is written.
/// </summary>
public interface ICreditDataImporter
{
    /// <summary>The datasets this build imports, with their column layouts.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Datasets { get; }

    Task<ImportOutcome> ImportAsync(string dataset, string batchId, Stream content, ImportFormat format,
        IProgress<long>? bytesRead, CancellationToken cancellationToken);
}
