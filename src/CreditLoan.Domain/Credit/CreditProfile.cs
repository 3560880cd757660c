using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Credit;

/// <summary>One factor of the scorecard as the report shows it.</summary>
public sealed record CreditFactor(string Name, int Contribution, string Detail, string? Source, DateTimeOffset? ImportedAt)
{
    /// <summary><see cref="Detail"/> as a text key and its values, for a reader that writes it in its own language (the portal, in Chinese).</summary>
    public TextKey? DetailText { get; init; }
}

/// <summary>
/// A text as a key and its values — dates (yyyy-MM-dd), numbers, codes and names from the data, nothing in a language —
/// so that a page renders it from its own resources.
/// </summary>
public sealed record TextKey(string Key, IReadOnlyList<string> Values)
{
    public static TextKey Of(string key, params object[] values) =>
        new(key, values.Select(v => v switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            decimal m => m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        }).ToList());
}

/// <summary>
/// The computed credit grade of one credit code (score and grade; the report re-evaluates the factors with their
/// texts on <see cref="AsOf"/> and so shows the same score) (registered on the platform or not), stored so that matching
/// reads it without recomputing; recomputed only when that credit code's data changes.
/// </summary>
public sealed class CreditProfile
{
    private CreditProfile() { }

    public CreditProfile(string creditCode) => CreditCode = creditCode;

    public string CreditCode { get; private set; } = "";
    public int Score { get; private set; }
    public CreditGrade Grade { get; private set; }
    /// <summary>How many knock-out rules applied (the report lists them).</summary>
    public int KnockOutCount { get; private set; }
    /// <summary>The business date the scorecard was evaluated on (China Standard Time).</summary>
    public DateOnly AsOf { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
    /// <summary>How many times it was recomputed (a new import of unchanged data does not count).</summary>
    public int Revision { get; private set; }

    public void Update(int score, CreditGrade grade, int knockOutCount, DateOnly asOf, DateTimeOffset at)
    {
        Score = score;
        Grade = grade;
        KnockOutCount = knockOutCount;
        AsOf = asOf;
        ComputedAt = at;
        Revision++;
    }
}
