namespace CreditLoan.Application.Features.Calendar;

/// <summary>A year's official arrangement as the bureau uploaded it (it replaces the shipped file of that year).</summary>
public sealed class StoredCalendarYear
{
    private StoredCalendarYear() { }

    public StoredCalendarYear(int year, string json, DateTimeOffset updatedAt, string updatedBy)
    {
        Year = year;
        Json = json;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
    }

    public int Year { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public void Replace(string json, DateTimeOffset at, string by)
    {
        Json = json;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}
