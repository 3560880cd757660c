using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

[AuthorizeRoles(Roles.Bureau)]
public sealed record ImportCreditDataCommand(string Dataset, string BatchId, Stream Content, ImportFormat Format, IProgress<long>? Progress = null,
    ImportEncoding Encoding = ImportEncoding.Utf8)
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

        var outcome = await importer.ImportAsync(command.Dataset, command.BatchId, command.Content, command.Format, command.Encoding, command.Progress, cancellationToken);

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
                db.ChangeTracker.Clear();
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
