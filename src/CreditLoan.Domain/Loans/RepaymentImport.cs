namespace CreditLoan.Domain.Loans;

/// <summary>A bank's batch of repayments from its core system, imported once: its key (bank, batch id) makes the import idempotent.</summary>
public sealed class RepaymentImport
{
    private RepaymentImport() { }

    public RepaymentImport(Guid bankId, string batchId, int accepted, int rejected, DateTimeOffset importedAt, string importedBy)
    {
        BankId = bankId;
        BatchId = batchId;
        Accepted = accepted;
        Rejected = rejected;
        ImportedAt = importedAt;
        ImportedBy = importedBy;
    }

    public Guid BankId { get; private set; }
    public string BatchId { get; private set; } = "";
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public string ImportedBy { get; private set; } = "";
}
