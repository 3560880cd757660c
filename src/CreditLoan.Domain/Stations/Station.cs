using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>A village comprehensive service station (村综合服务站) shared with one partner bank.</summary>
public sealed class Station : Entity
{
    private Station() { }

    public Station(string name, string villageCode, Guid partnerBankId, decimal cashFloatLimit, DateTimeOffset createdAt)
    {
        Name = name;
        VillageCode = villageCode;
        PartnerBankId = partnerBankId;
        CashFloatLimit = cashFloatLimit;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; } = "";
    public string VillageCode { get; private set; } = "";
    public Guid PartnerBankId { get; private set; }
    public decimal CashFloatLimit { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
