using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Billers;

/// <summary>What a biller collects for: water (水费), electricity (电费) or anything else.</summary>
public enum BillerCategory { Water, Electricity, Other }

/// <summary>
/// A biller (缴费单位) a station's utility payment goes to (issue 18): a bank keeps the list for its partner stations
/// (<see cref="BankId"/>), the bureau keeps county-wide ones (no bank). A retired biller is kept for the receipts that name
/// it, but no new payment may choose it.
/// </summary>
public sealed class Biller : Entity
{
    public const int NameLength = 100;
    public const int HintLength = 100;

    private Biller() { }

    public Biller(Guid? bankId, string name, BillerCategory category, string? billNoHint, DateTimeOffset createdAt, string createdBy)
    {
        BankId = bankId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Change(name, category, billNoHint);
    }

    /// <summary>The bank that keeps it for its partner stations; null for a county-wide biller kept by the bureau.</summary>
    public Guid? BankId { get; private set; }
    public string Name { get; private set; } = "";
    public BillerCategory Category { get; private set; }
    /// <summary>How the biller's bill numbers look, shown to the agent next to the field (for example 户号为 10 位数字).</summary>
    public string? BillNoHint { get; private set; }
    public bool Active { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>Changes the name, category and bill-number hint; a retired biller is not changed any more.</summary>
    public void Change(string name, BillerCategory category, string? billNoHint)
    {
        if (!Active) throw new InvalidStateException("Biller", "Retired", "change");
        Name = name.Trim();
        Category = category;
        BillNoHint = string.IsNullOrWhiteSpace(billNoHint) ? null : billNoHint.Trim();
    }

    /// <summary>No new payment may choose it from now; receipts that name it keep its name.</summary>
    public void Retire(DateTimeOffset at)
    {
        if (!Active) throw new InvalidStateException("Biller", "Retired", "retire");
        Active = false;
        RetiredAt = at;
    }

    /// <summary>Refuses a payment to a retired biller (422 naming <c>billerId</c>).</summary>
    public void CheckPayable()
    {
        if (!Active) throw new FieldRuleException("billerId", $"The biller {Name} is retired.") { Code = "BillerRetired", Values = [Name] };
    }
}
