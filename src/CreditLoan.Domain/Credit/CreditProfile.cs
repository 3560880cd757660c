using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Credit;

/// <summary>One factor of the scorecard as the report shows it.</summary>
public sealed record CreditFactor(string Name, int Contribution, string Detail, string? Source, DateTimeOffset? ImportedAt);

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
