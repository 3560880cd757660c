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

    /// <summary>Each dataset's example row for its template (the header's order), a row the import refuses as the template's example.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Examples { get; }

    Task<ImportOutcome> ImportAsync(string dataset, string batchId, Stream content, ImportFormat format, ImportEncoding encoding,
        IProgress<long>? bytesRead, CancellationToken cancellationToken);
}
