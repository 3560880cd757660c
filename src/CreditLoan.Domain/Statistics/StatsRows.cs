namespace CreditLoan.Domain.Statistics;

/// <summary>Which grouping an <see cref="ApplicationStatsDay"/> row belongs to: every event is counted once in each.</summary>
public static class StatsDimension
{
    /// <summary>One row per bank and day (GroupKey empty): the overview, by bank and by month read these.</summary>
    public const string Bank = "B";

    /// <summary>Grouped by the enterprise's township (the first 9 digits of its division code).</summary>
    public const string Township = "T";

    /// <summary>Grouped by the enterprise's industry section (GB/T 4754 letter).</summary>
    public const string Industry = "I";
}

/// <summary>
/// The application and loan counters of one China calendar day, one bank and one group (docs/statistics.md): a
/// projection kept in the same transaction as the facts it counts, each counter on the day of its own event —
/// submissions on the submission day, decisions on the decision day, loans on the disbursal date, an application
/// that became overdue on its submission day. Money in fen.
/// </summary>
public sealed class ApplicationStatsDay
{
    private ApplicationStatsDay() { }

    public string Dimension { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public Guid BankId { get; private set; }
    public string GroupKey { get; private set; } = "";
    public long Applications { get; private set; }
    public long Approvals { get; private set; }
    public long Rejections { get; private set; }
    public long Accepts { get; private set; }
    public long AcceptSeconds { get; private set; }
    public long Decisions { get; private set; }
    public long DecideSeconds { get; private set; }
    public long Loans { get; private set; }
    public long AmountFen { get; private set; }
    public long DaysToDisburse { get; private set; }
    public long Overdue { get; private set; }

    /// <summary>The counter columns, in a fixed order.</summary>
    public static readonly string[] CounterNames =
        ["Applications", "Approvals", "Rejections", "Accepts", "AcceptSeconds", "Decisions", "DecideSeconds", "Loans", "AmountFen", "DaysToDisburse", "Overdue"];

    /// <summary>The counters in the order of <see cref="CounterNames"/>.</summary>
    public long[] Counters() => [Applications, Approvals, Rejections, Accepts, AcceptSeconds, Decisions, DecideSeconds, Loans, AmountFen, DaysToDisburse, Overdue];
}

/// <summary>Station transactions of one business date, one station and one type: count and amount in fen (a projection).</summary>
public sealed class StationStatsDay
{
    private StationStatsDay() { }

    public DateOnly Day { get; private set; }
    public Guid StationId { get; private set; }
    public string Type { get; private set; } = "";
    public long Count { get; private set; }
    public long AmountFen { get; private set; }
}

/// <summary>
/// A day on which an enterprise had a loan disbursed, within a scope (empty: the platform; a bank id in "N" format: that
/// bank). Kept so that <see cref="ServedPair"/> can be maintained exactly.
/// </summary>
public sealed class ServedDay
{
    private ServedDay() { }

    public string Scope { get; private set; } = "";
    public Guid EnterpriseId { get; private set; }
    public DateOnly Day { get; private set; }
}

/// <summary>
/// How many enterprises had a disbursal on <see cref="Day"/> whose previous disbursal day (in the same scope) was
/// <see cref="PrevDay"/> (<see cref="DateOnly.MinValue"/>: none before). Enterprises served in [from, to] — counted once
/// each — are exactly the sum of <see cref="N"/> over Day in [from, to] and PrevDay &lt; from: each served enterprise has
/// exactly one first disbursal day in the range. A projection of at most days × days rows per scope, instead of a
/// distinct count over every loan of the range.
/// </summary>
public sealed class ServedPair
{
    private ServedPair() { }

    public string Scope { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public DateOnly PrevDay { get; private set; }
    public long N { get; private set; }
}

public static class ServedScopes
{
    public const string Platform = "";

    public static string Of(Guid bankId) => bankId.ToString("N");
}
