using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Messages;

/// <summary>
/// One message in an enterprise's message centre (站内信): every notification the platform sends the enterprise — a
/// bureau notice, a decision on its application, a moved deadline, the bureau's supervision of an overdue application
/// (督办), a bank's invitation or a newly published matching product, a repayment reminder — kept with its text, what it
/// is about (the application, or the product and need) and whether it has been read. Written with the notification, in
/// the same transaction.
/// </summary>
public sealed class EnterpriseMessage : Entity
{
    public const int MaxText = 1000;

    private EnterpriseMessage() { }

    public EnterpriseMessage(Guid enterpriseId, string type, string text, DateTimeOffset createdAt, Guid? applicationId = null, Guid? productId = null,
        Guid? needId = null)
    {
        EnterpriseId = enterpriseId;
        Type = type;
        Category = CategoryOf(type);
        Text = text.Length > MaxText ? text[..MaxText] : text;
        CreatedAt = createdAt;
        ApplicationId = applicationId;
        ProductId = productId;
        NeedId = needId;
    }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The notification's type, as the outbox names it (ApplicationApproved, Notice, ProspectInvitation, …).</summary>
    public string Type { get; private set; } = "";

    /// <summary>What kind of message it is, for the centre's tabs: one of <see cref="Categories"/>.</summary>
    public string Category { get; private set; } = "";

    public string Text { get; private set; } = "";
    public Guid? ApplicationId { get; private set; }
    public Guid? ProductId { get; private set; }
    public Guid? NeedId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Read once; reading it again changes nothing.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public const string Notice = "Notice";
    public const string Decision = "Decision";
    public const string Supervision = "Supervision";
    public const string Invitation = "Invitation";
    public const string Repayment = "Repayment";
    public const string Other = "Other";

    /// <summary>The message centre's tabs, in their order.</summary>
    public static readonly IReadOnlyList<string> Categories = [Notice, Decision, Supervision, Invitation, Repayment, Other];

    /// <summary>The tab a notification type belongs to.</summary>
    public static string CategoryOf(string type) => type switch
    {
        "Notice" => Notice,
        "ApplicationAccepted" or "ApplicationApproved" or "ApplicationRejected" or "LoanDisbursed" or "ApplicationDeadlineChanged" => Decision,
        "ApplicationSupervised" => Supervision,
        "ProspectInvitation" or "NewMatchingProduct" => Invitation,
        "LoanDueSoon" or "LoanOverdue" => Repayment,
        _ => Other,
    };
}
