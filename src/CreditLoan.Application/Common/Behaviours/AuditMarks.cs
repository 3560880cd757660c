namespace CreditLoan.Application.Common.Behaviours;

/// <summary>Makes sure each refused command is audited exactly once, wherever in the pipeline it failed.</summary>
internal static class AuditMarks
{
    private const string Key = "CreditLoan.Audited";

    public static void MarkAudited(Exception ex) => ex.Data[Key] = true;

    public static bool IsAudited(Exception ex) => ex.Data.Contains(Key);

    /// <summary>The audit log's name for a command: its type name without the "Command" suffix.</summary>
    public static string ActionName(Type command) =>
        command.Name.EndsWith("Command", StringComparison.Ordinal) ? command.Name[..^"Command".Length] : command.Name;
}
