using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;

namespace CreditLoan.Domain.Enterprises;

/// <summary>An enterprise registered on the platform; its profile comes from the registry (无需重复填表).</summary>
public sealed class Enterprise : Entity
{
    private Enterprise() { }

    public static Enterprise RegisterFrom(RegistryRecord registry, string phone, DateTimeOffset registeredAt)
    {
        if (!Identifiers.IsValidMobile(phone)) throw new DomainException("phone is not a valid mobile number.") { Code = "MobileInvalid" };
        var e = new Enterprise { Phone = phone, RegisteredAt = registeredAt, CreditCode = registry.CreditCode };
        e.RefreshFrom(registry);
        return e;
    }

    public string CreditCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public EnterpriseType Type { get; private set; }
    public string? LegalRepresentative { get; private set; }
    public DateOnly EstablishedOn { get; private set; }
    public decimal RegisteredCapital { get; private set; }
    public string Industry { get; private set; } = "";
    public string DivisionCode { get; private set; } = "";

    /// <summary>The 9-digit township code of the enterprise's division (the statistics count by it).</summary>
    public string Township => Identifiers.TownshipOf(DivisionCode);

    /// <summary>The GB/T 4754 section letter of the enterprise's industry.</summary>
    public string IndustrySection => Identifiers.SectionOf(Industry);
    public string Phone { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Takes the registry's current data; the registry is the source of truth for these fields.</summary>
    public void RefreshFrom(RegistryRecord registry)
    {
        if (registry.CreditCode != CreditCode) throw new DomainException("Registry record belongs to another enterprise.") { Code = "RegistryRecordMismatch" };
        Name = registry.Name;
        Type = registry.Type;
        LegalRepresentative = registry.LegalRepresentative;
        EstablishedOn = registry.EstablishedOn;
        RegisteredCapital = registry.RegisteredCapital;
        Industry = registry.Industry;
        DivisionCode = registry.DivisionCode;
    }
}
