namespace CreditLoan.Domain.Places;

/// <summary>
/// A division as a later edition of the NBS table has it, where it differs from the edition shipped with the build
/// (<see cref="DivisionTable.ShippedEdition"/>): a new code, a new name, or a code retired in that edition. Retired codes
/// stay readable for history; they are refused on new input.
/// </summary>
public sealed class DivisionRecord
{
    private DivisionRecord() { Code = Name = Edition = ""; }

    public DivisionRecord(string code, string name, string? parentCode, string edition)
    {
        Code = code;
        Name = name;
        ParentCode = parentCode;
        Edition = edition;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? ParentCode { get; private set; }

    /// <summary>The edition (year of the NBS table) this row comes from.</summary>
    public string Edition { get; private set; }

    /// <summary>The edition from which the code no longer exists, or null while it is current.</summary>
    public string? RetiredIn { get; private set; }

    public bool Update(string name, string? parentCode, string edition)
    {
        if (Name == name && ParentCode == parentCode && RetiredIn is null) return false;
        Name = name;
        ParentCode = parentCode;
        Edition = edition;
        RetiredIn = null;
        return true;
    }

    public bool Retire(string edition)
    {
        if (RetiredIn is not null) return false;
        RetiredIn = edition;
        return true;
    }
}
