using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Applications;

/// <summary>
/// The bureau's 督办 of one application (product.md §6, §8): a note to the bank pressing it to act, kept beside the
/// application's history (the bank and the bureau read it there) and sent to the bank through the outbox. Written by
/// <see cref="LoanApplication.Supervise"/>; never changed afterwards.
/// </summary>
public sealed class SupervisionNote : Entity
{
    public const int MaxText = 500;

    private SupervisionNote() { }

    internal SupervisionNote(Guid applicationId, Guid bankId, ApplicationStatus status, string text, DateTimeOffset at, string by)
    {
        ApplicationId = applicationId;
        BankId = bankId;
        Status = status;
        Text = text;
        At = at;
        By = by;
    }

    public Guid ApplicationId { get; private set; }

    /// <summary>The bank the note was sent to (the application's bank).</summary>
    public Guid BankId { get; private set; }

    /// <summary>The application's state when the bureau wrote the note (the stage it pressed).</summary>
    public ApplicationStatus Status { get; private set; }

    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    /// <summary>Who wrote it, as the audit log names users ("userName (id)").</summary>
    public string By { get; private set; } = "";
}
