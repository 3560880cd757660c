namespace CreditLoan.Domain.Credit;

/// <summary>A finished import of one batch of one dataset; its key makes imports idempotent.</summary>
public sealed class ImportBatch
{
    private ImportBatch() { }

    public ImportBatch(string dataset, string batchId, int accepted, int rejected, DateTimeOffset importedAt, string importedBy)
    {
        Dataset = dataset;
        BatchId = batchId;
        Accepted = accepted;
        Rejected = rejected;
        ImportedAt = importedAt;
        ImportedBy = importedBy;
    }

    public string Dataset { get; private set; } = "";
    public string BatchId { get; private set; } = "";
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public string ImportedBy { get; private set; } = "";
}
