namespace CreditLoan.Web.Components;

/// <summary>A new user typed into a portal form: the bank or station it belongs to, its name, display name and password.</summary>
public sealed class UserInput
{
    public Guid OwnerId { get; set; }
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }

    /// <summary>A bank officer's work phone, shown to the enterprises whose applications the officer accepts (optional).</summary>
    public string? Phone { get; set; }

    /// <summary>A bank user's role as the bureau chooses it (<c>BankAdmin</c> or <c>BankOfficer</c>); empty: by the bank's order (its first is its administrator).</summary>
    public string? Role { get; set; }
}
