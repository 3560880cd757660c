using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Applications;

/// <summary>One step of an application's history: the state it entered, when, by whom.</summary>
public sealed class ApplicationEvent
{
    private ApplicationEvent() { }

    internal ApplicationEvent(Guid applicationId, int sequence, ApplicationStatus status, DateTimeOffset at, string by, string? note)
    {
        ApplicationId = applicationId;
        Sequence = sequence;
        Status = status;
        At = at;
        By = by;
        Note = note;
    }

    public Guid ApplicationId { get; private set; }
    public int Sequence { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
}
