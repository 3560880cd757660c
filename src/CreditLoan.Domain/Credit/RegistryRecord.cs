using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Credit;

/// <summary>One enterprise as the market-supervision registry knows it; the latest batch wins.</summary>
public sealed class RegistryRecord
{
    private RegistryRecord() { }

    public RegistryRecord(string creditCode, string name, EnterpriseType type, string? legalRepresentative,
        DateOnly establishedOn, decimal registeredCapital, string industry, string divisionCode,
        string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode;
        Name = name;
        Type = type;
        LegalRepresentative = legalRepresentative;
        EstablishedOn = establishedOn;
        RegisteredCapital = registeredCapital;
        Industry = industry;
        DivisionCode = divisionCode;
        BatchId = batchId;
        ImportedAt = importedAt;
    }

    public string CreditCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public EnterpriseType Type { get; private set; }
    public string? LegalRepresentative { get; private set; }
    public DateOnly EstablishedOn { get; private set; }
    public decimal RegisteredCapital { get; private set; }
    public string Industry { get; private set; } = "";
    public string DivisionCode { get; private set; } = "";
    public string BatchId { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
}
