using CreditLoan.Application.Common;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Streams a dataset file: every row is checked, refused rows are reported with their line, good rows are
/// upserted in chunks, each chunk one short transaction (so SQLite's single writer is not held for minutes).
/// </summary>
internal sealed class CreditDataImporter(AppDbContext db, IWriteGate gate, IRegistryBulkWriter registry, TimeProvider clock) : ICreditDataImporter
{
    public const int ChunkSize = 5_000;
    public const int MaxReportedErrors = 10_000;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Datasets { get; } =
        new Dictionary<string, IReadOnlyList<string>> { [RegistryDataset.Name] = RegistryDataset.Columns };

    public async Task<ImportOutcome> ImportAsync(string dataset, string batchId, Stream content, ImportFormat format,
        IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        if (dataset != RegistryDataset.Name) throw new FieldValidationException("dataset", $"dataset '{dataset}' cannot be imported.");
        var source = bytesRead is null ? content : new ProgressStream(content, bytesRead);
        var importedAt = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(importedAt.UtcDateTime.AddHours(8));

        var errors = new List<ImportRowError>();
        int accepted = 0, rejected = 0;
        var chunk = new List<RegistryRow>(ChunkSize);

        await foreach (var row in RecordSources.Read(source, format, RegistryDataset.Columns, cancellationToken))
        {
            string? reason = row.Error;
            var parsed = row.Fields is null ? null : RegistryDataset.Parse(row.Fields, today, out reason);
            if (parsed is null)
            {
                rejected++;
                if (errors.Count < MaxReportedErrors) errors.Add(new ImportRowError(row.Line, reason ?? "Row refused."));
                continue;
            }
            chunk.Add(parsed);
            if (chunk.Count == ChunkSize)
            {
                await WriteAsync(chunk, batchId, importedAt, cancellationToken);
                accepted += chunk.Count;
                chunk.Clear();
            }
        }
        if (chunk.Count > 0)
        {
            await WriteAsync(chunk, batchId, importedAt, cancellationToken);
            accepted += chunk.Count;
        }
        await RefreshEnterprisesAsync(batchId, cancellationToken);
        return new ImportOutcome(accepted, rejected, errors, rejected > errors.Count);
    }

    private async Task WriteAsync(List<RegistryRow> rows, string batchId, DateTimeOffset importedAt, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await registry.UpsertAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), rows, batchId, importedAt, ct);
        await tx.CommitAsync(ct);
    }

    private async Task RefreshEnterprisesAsync(string batchId, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await registry.RefreshEnterprisesAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), batchId, ct);
        await tx.CommitAsync(ct);
    }
}
