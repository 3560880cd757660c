namespace CreditLoan.Application.Features.Calendar;

/// <summary>Service time limits in working days (configurable: Applications:AcceptWorkingDays, Applications:DecideWorkingDays).</summary>
public sealed class ServiceTimeLimits
{
    public const string Section = "Applications";
    public int AcceptWorkingDays { get; set; } = 2;
    public int DecideWorkingDays { get; set; } = 5;
}
