using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Consents;

/// <summary>
/// An enterprise's consent for one bank to read its credit report, granted by applying to that bank's product.
/// Live from the grant until revoked, or until 90 days after the application closes.
/// </summary>
public sealed class Consent : Entity
{
    public static readonly TimeSpan AfterClose = TimeSpan.FromDays(90);

    private Consent() { }

    public Consent(Guid enterpriseId, Guid bankId, Guid applicationId, DateTimeOffset grantedAt)
    {
        EnterpriseId = enterpriseId;
        BankId = bankId;
        ApplicationId = applicationId;
        GrantedAt = grantedAt;
    }

    public Guid EnterpriseId { get; private set; }
    public Guid BankId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    /// <summary>Null while the application is open.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsLiveAt(DateTimeOffset at) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > at);

    /// <summary>The application was decided, disbursed or withdrawn: the consent runs out 90 days later.</summary>
    public void ApplicationClosed(DateTimeOffset at) => ExpiresAt ??= at + AfterClose;

    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null) throw new InvalidStateException("Consent", "Revoked", "revoke");
        RevokedAt = at;
    }
}
