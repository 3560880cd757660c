namespace CreditLoan.Domain.Cases;

/// <summary>One step of a case's timeline: the state it entered (or stayed in, for a 督办), when, by whom, and what was said.</summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(Guid caseId, int sequence, CaseStatus status, DateTimeOffset at, string by, string? note)
    {
        CaseId = caseId;
        Sequence = sequence;
        Status = status;
        At = at;
        By = by;
        Note = note;
    }

    public Guid CaseId { get; private set; }
    public int Sequence { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
}
