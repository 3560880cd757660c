using CreditLoan.Domain.Common;

namespace CreditLoan.Web.Components.ServiceQuality;

/// <summary>How the case pages show a due time: a limit that ends at midnight China time as the last day's 24:00 (as the notices say it).</summary>
public static class CaseFormat
{
    public static string Due(DateTimeOffset due)
    {
        var local = due.ToOffset(ChinaTime.Offset);
        return local.TimeOfDay == TimeSpan.Zero ? local.AddDays(-1).ToString("yyyy-MM-dd") + " 24:00" : PortalFormat.Local(due);
    }
}
