using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

public enum ImportFormat { Csv, JsonLines }

public sealed record ImportRowError(long Line, string Reason);

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

/// <summary>What a dataset import produced before the batch is recorded.</summary>
public sealed record ImportOutcome(int Accepted, int Rejected, IReadOnlyList<ImportRowError> Errors, bool ErrorsTruncated,
    int Changed, int ProfilesRecomputed);

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

[AuthorizeRoles(Roles.Bureau)]
public sealed record ImportCreditDataCommand(string Dataset, string BatchId, Stream Content, ImportFormat Format, IProgress<long>? Progress = null)
    : ICommand<ImportReport>, ISelfTransactedCommand, ITargetsEntity
{
    public string AuditEntityId => $"{Dataset}/{BatchId}";
}

public sealed class ImportCreditDataValidator : AbstractValidator<ImportCreditDataCommand>
{
    public ImportCreditDataValidator(ICreditDataImporter importer)
    {
        RuleFor(c => c.Dataset).Must(d => importer.Datasets.ContainsKey(d ?? ""))
            .WithMessage(c => $"dataset '{c.Dataset}' is unknown; use one of: {string.Join(", ", importer.Datasets.Keys)}.")
            .OverridePropertyName("dataset");
        RuleFor(c => c.BatchId).NotEmpty().MaximumLength(64).Matches(@"^[A-Za-z0-9._:-]+\z")
            .WithMessage("batchId must be 1-64 letters, digits or . _ : -").OverridePropertyName("batchId");
    }
}

/// <summary>
/// Idempotent by (dataset, batch id): a batch already recorded is answered from the record. Rows are
/// upserts by their natural keys, so a batch interrupted half-way can be sent again safely; the batch is
/// recorded only when it has been read to the end.
/// </summary>
public sealed class ImportCreditDataHandler(IAppDbContext db, ICreditDataImporter importer, ICurrentUser user, IWriteGate gate, TimeProvider clock)
    : ICommandHandler<ImportCreditDataCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportCreditDataCommand command, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(command, cancellationToken);
        if (existing is not null) return Duplicate(existing);

        var outcome = await importer.ImportAsync(command.Dataset, command.BatchId, command.Content, command.Format, command.Progress, cancellationToken);

        using (await gate.EnterAsync(cancellationToken))
        {
            db.ImportBatches.Add(new ImportBatch(command.Dataset, command.BatchId, outcome.Accepted, outcome.Rejected, clock.GetUtcNow(), user.AuditName()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same batch finished concurrently: its rows are the same upserts, its record stands.
                (db as DbContext)?.ChangeTracker.Clear();
                existing = await FindAsync(command, cancellationToken);
                if (existing is not null) return Duplicate(existing);
                throw;
            }
        }
        return new ImportReport(command.BatchId, command.Dataset, outcome.Accepted, outcome.Rejected, false, outcome.Errors, outcome.ErrorsTruncated,
            outcome.Changed, outcome.ProfilesRecomputed);
    }

    private Task<ImportBatch?> FindAsync(ImportCreditDataCommand c, CancellationToken ct) =>
        db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Dataset == c.Dataset && b.BatchId == c.BatchId, ct);

    /// <summary>A repeated batch changes nothing; the report says so and keeps the first import's counts in the audit trail.</summary>
    private static ImportReport Duplicate(ImportBatch b) => new(b.BatchId, b.Dataset, 0, 0, true, [], false);
}

public sealed record ImportBatchResponse(string Dataset, string BatchId, int Accepted, int Rejected, DateTimeOffset ImportedAt, string ImportedBy);

/// <summary>The datasets this build imports with their columns, and the batches imported, newest first (bureau).</summary>
public sealed record ImportsResponse(IReadOnlyDictionary<string, IReadOnlyList<string>> Datasets, Common.Models.PagedList<ImportBatchResponse> Batches);

[AuthorizeRoles(Roles.Bureau)]
public sealed record ListImportsQuery(string? Dataset = null, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<ImportsResponse>, Common.Models.IPagedQuery;

public sealed class ListImportsValidator : AbstractValidator<ListImportsQuery>
{
    public ListImportsValidator(ICreditDataImporter importer)
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Dataset).Must(d => d is null || importer.Datasets.ContainsKey(d))
            .WithMessage(q => $"dataset '{q.Dataset}' is unknown; use one of: {string.Join(", ", importer.Datasets.Keys)}.").OverridePropertyName("dataset");
    }
}

public sealed class ListImportsHandler(IAppDbContext db, ICreditDataImporter importer) : IQueryHandler<ListImportsQuery, ImportsResponse>
{
    public async ValueTask<ImportsResponse> Handle(ListImportsQuery query, CancellationToken cancellationToken)
    {
        var batches = db.ImportBatches.AsNoTracking();
        if (query.Dataset is { } dataset) batches = batches.Where(b => b.Dataset == dataset);
        var total = await batches.CountAsync(cancellationToken);
        var items = await batches.OrderByDescending(b => b.ImportedAt).ThenBy(b => b.Dataset).ThenBy(b => b.BatchId)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(b => new ImportBatchResponse(b.Dataset, b.BatchId, b.Accepted, b.Rejected, b.ImportedAt, b.ImportedBy))
            .ToListAsync(cancellationToken);
        return new ImportsResponse(importer.Datasets, new Common.Models.PagedList<ImportBatchResponse>(items, query.Page, query.PageSize, total));
    }
}
