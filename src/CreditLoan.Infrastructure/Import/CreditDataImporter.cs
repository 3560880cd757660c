using System.Threading.Channels;
using CreditLoan.Application.Common;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using FieldValidationException = CreditLoan.Application.Common.FieldValidationException;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// Streams a dataset file: every row is checked, refused rows are reported with their line, good rows are
/// compared with what is stored and only new or changed rows are written, in chunks, each chunk one short
/// transaction together with the credit profiles of exactly the credit codes whose data changed.
/// </summary>
internal sealed class CreditDataImporter(AppDbContext db, IWriteGate gate, IBulkSql bulk, CreditProfileUpdater profiles, TimeProvider clock,
    Application.Features.Needs.NeedFacts needFacts, Application.Features.Places.DivisionCatalog divisions)
    : ICreditDataImporter
{
    public const int ChunkSize = 5_000;
    public const int MaxReportedErrors = 10_000;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Datasets { get; } =
        CreditDatasets.All.ToDictionary(d => d.Key, d => d.Value.Header);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Examples => ImportExamples.Rows;

    /// <summary>A registry row's industry and division checked against the national tables (product.md §12).</summary>
    private ImportRowProblem? ReferenceProblem(CreditDataset dataset, object?[] row)
    {
        if (dataset != CreditDatasets.Registry) return null;
        if (!Domain.Places.Industries.Exists((string?)row[6]))
            return ImportRowProblem.NotInTable("industry", (string?)row[6], Application.Features.Places.PlaceRules.IndustryProblem((string?)row[6]));
        return divisions.Problem((string?)row[7], Domain.Places.DivisionLevel.Township, Domain.Places.DivisionLevel.Village) is { } problem
            ? ImportRowProblem.NotInTable("divisionCode", (string?)row[7], problem) : null;
    }

    public async Task<ImportOutcome> ImportAsync(string datasetName, string batchId, Stream content, ImportFormat format,
        ImportEncoding encoding, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        if (!CreditDatasets.All.TryGetValue(datasetName, out var dataset))
            throw new FieldValidationException("dataset", $"dataset '{datasetName}' cannot be imported.");
        var source = bytesRead is null ? content : new ProgressStream(content, bytesRead);
        var importedAt = clock.GetUtcNow();
        var today = CreditProfileUpdater.BusinessDate(importedAt);

        var errors = new List<ImportRowError>();
        var totals = new ChunkTotals();

        // Parsing (CPU) and writing (database) overlap: the file is read one chunk ahead of the writer.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<List<object?[]>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                var chunk = new Dictionary<string, object?[]>(ChunkSize);
                await foreach (var row in RecordSources.Read(source, format, encoding, dataset.Header, stop.Token))
                {
                    var (parsed, reason) = row.Fields is null ? (null, row.Error)
                        : ImportExamples.IsExample(row.Fields) ? (null, ImportRowProblem.Example(ImportExamples.Reason))
                        : dataset.Parse(row.Fields, today);
                    if (parsed is not null && ReferenceProblem(dataset, parsed) is { } problem) (parsed, reason) = (null, problem);
                    if (parsed is null)
                    {
                        totals.Rejected++;
                        if (errors.Count < MaxReportedErrors) errors.Add(ImportRowError.Of(row.Line, reason ?? ImportRowProblem.NotReadable("Row refused.")));
                        continue;
                    }
                    totals.Accepted++;
                    chunk[dataset.Table.KeyOf(parsed)] = parsed; // the last row of a key within a chunk wins
                    if (chunk.Count == ChunkSize)
                    {
                        await chunks.Writer.WriteAsync([.. chunk.Values], stop.Token);
                        chunk.Clear();
                    }
                }
                if (chunk.Count > 0) await chunks.Writer.WriteAsync([.. chunk.Values], stop.Token);
                chunks.Writer.Complete();
            }
            catch (Exception ex)
            {
                chunks.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
                await WriteChunkAsync(dataset, chunk, batchId, importedAt, totals, cancellationToken);
        }
        catch
        {
            await stop.CancelAsync(); // the reader stops too, and lets go of the file
            await producer;
            throw;
        }
        await producer;
        return new ImportOutcome(totals.Accepted, totals.Rejected, errors, totals.Rejected > errors.Count, totals.Changed, totals.ProfilesRecomputed);
    }

    private sealed class ChunkTotals
    {
        public int Accepted;
        public int Rejected;
        public int Changed;
        public int ProfilesRecomputed;
    }

    private async Task WriteChunkAsync(CreditDataset dataset, List<object?[]> rows, string batchId, DateTimeOffset importedAt,
        ChunkTotals totals, CancellationToken ct)
    {
        var table = dataset.Table;
        var candidates = rows;
        var codes = candidates.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);

        using var _ = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();

        var stored = (await bulk.ReadByCreditCodesAsync(connection, transaction, table, codes, ct))
            .ToDictionary(table.KeyOf, r => table.ContentOf(r, dataset.ContentColumns));
        var changed = candidates
            .Where(r => !stored.TryGetValue(table.KeyOf(r), out var content) || content != table.ContentOf(r, dataset.ContentColumns))
            .Select(r => (object?[])[.. r, batchId, importedAt])
            .ToList();
        await bulk.UpsertAsync(connection, transaction, table, changed, ct);

        var changedCodes = changed.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        if (dataset == CreditDatasets.Registry && changedCodes.Count > 0) await RefreshEnterprisesAsync(changedCodes, ct);
        var recomputed = await profiles.RecomputeAsync(transaction, changedCodes, ct);
        await tx.CommitAsync(ct);
        if (changed.Count > 0) needFacts.Invalidate(); // grades or enterprise profiles may have moved

        totals.Changed += changed.Count;
        totals.ProfilesRecomputed += recomputed;
    }

    /// <summary>Registered enterprises take the registry's new data (their profile is the registry's, 无需重复填表).</summary>
    private async Task RefreshEnterprisesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var list = codes.ToList();
        var enterprises = await db.Enterprises.Where(e => list.Contains(e.CreditCode)).ToListAsync(ct);
        if (enterprises.Count == 0) return;
        var registry = await db.RegistryRecords.AsNoTracking().Where(r => list.Contains(r.CreditCode)).ToDictionaryAsync(r => r.CreditCode, ct);
        foreach (var e in enterprises) e.RefreshFrom(registry[e.CreditCode]);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
