namespace CreditLoan.Application.Features.CreditData;

/// <summary>
/// A refused row of an import: its line, the reason in English (the API's and the command line's) and, for the portal, the
/// same reason as a code (<see cref="ImportRowProblem"/>) with the column it concerns and the values it names, which the
/// portal words in Chinese (<c>ImportRow_{Code}</c>).
/// </summary>
public sealed record ImportRowError(long Line, string Reason, string? Code = null, string? Column = null, IReadOnlyList<string>? Values = null)
{
    public static ImportRowError Of(long line, ImportRowProblem problem) => new(line, problem.Reason, problem.Code, problem.Column, problem.Values);
}

/// <summary>Why a row was refused: a code the portal words, the column, the values the reason names, and the English reason.</summary>
public sealed record ImportRowProblem(string Code, string? Column, IReadOnlyList<string> Values, string Reason)
{
    public static ImportRowProblem Required(string column) => new("Required", column, [], $"{column} is required.");
    public static ImportRowProblem TooLong(string column, int max) => new("TooLong", column, [max.ToString()], $"{column} is longer than {max} characters.");
    public static ImportRowProblem CreditCode(string column, string? value, string problem) => new("CreditCode", column, [value ?? ""], $"{column} {problem}.");
    public static ImportRowProblem Invalid(string column, string? value, string problem) => new("Invalid", column, [value ?? ""], $"{column} '{value}' {problem}.");
    /// <summary>A value outside a coded column's list: the codes in the English reason, the Chinese names (<paramref name="named"/>) for the portal.</summary>
    public static ImportRowProblem NotOneOf(string column, string? value, IReadOnlyList<string> allowed, IReadOnlyList<string> named) =>
        new("NotOneOf", column, [value ?? "", string.Join("、", named)], $"{column} '{value}' is not one of {string.Join(", ", allowed)}.");
    public static ImportRowProblem NotDate(string column, string? value) => new("NotDate", column, [value ?? ""], $"{column} '{value}' is not a date (yyyy-MM-dd).");
    public static ImportRowProblem Future(string column, string? value) => new("Future", column, [value ?? ""], $"{column} {value} is in the future.");
    public static ImportRowProblem Before(string column, DateOnly value, string other, DateOnly otherValue) =>
        new("Before", column, [value.ToString("yyyy-MM-dd"), other, otherValue.ToString("yyyy-MM-dd")], $"{column} {value:yyyy-MM-dd} is before {other} {otherValue:yyyy-MM-dd}.");
    public static ImportRowProblem NotWholeNumber(string column, string? value, int min, int max) =>
        new("NotWholeNumber", column, [value ?? "", min.ToString(), max.ToString()], $"{column} '{value}' must be a whole number from {min} to {max}.");
    public static ImportRowProblem NotYuan(string column, string? value) =>
        new("NotYuan", column, [value ?? ""], $"{column} '{value}' is not a non-negative yuan amount with at most 2 decimals.");
    public static ImportRowProblem NotBool(string column, string? value) => new("NotBool", column, [value ?? ""], $"{column} '{value}' must be true or false.");
    public static ImportRowProblem NotInTable(string column, string? value, string problem) => new("NotInTable", column, [value ?? ""], $"{column} {problem}.");
    /// <summary>A long code (a credit code, an ID number) that Excel stored as a number, so that its last digits are lost.</summary>
    public static ImportRowProblem TooManyDigits(string column, string reason) => new("TooManyDigits", column, [], reason);
    public static ImportRowProblem FieldCount(int expected, string found) => new("FieldCount", null, [expected.ToString(), found], $"Expected {expected} fields, found {found}.");
    public static ImportRowProblem NotReadable(string reason) => new("NotReadable", null, [], reason);
    public static ImportRowProblem NotUtf8(string reason) => new("NotUtf8", null, [], reason);
    public static ImportRowProblem NotGb18030(string reason) => new("NotGb18030", null, [], reason);
    public static ImportRowProblem Example(string reason) => new("Example", null, [], reason);
}
