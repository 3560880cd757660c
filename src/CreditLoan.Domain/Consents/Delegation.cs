using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Consents;

/// <summary>An enterprise's authorisation for one station's agents to act for it (帮办代办).</summary>
public sealed class Delegation
{
    private Delegation() { }

    public Delegation(Guid enterpriseId, Guid stationId, DateTimeOffset grantedAt)
    {
        EnterpriseId = enterpriseId;
        StationId = stationId;
        GrantedAt = grantedAt;
    }

    public Guid EnterpriseId { get; private set; }
    public Guid StationId { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
}
