namespace CreditLoan.Domain.Statistics;

/// <summary>Which grouping a portfolio row belongs to: every change is written once in each (the bank in every row's BankId).</summary>
public static class PortfolioDimension
{
    /// <summary>One row per bank (GroupKey empty).</summary>
    public const string Bank = "B";

    /// <summary>By the township where the loan's application was made.</summary>
    public const string Township = "T";

    /// <summary>By the industry section where the loan's application was made.</summary>
    public const string Industry = "I";

    /// <summary>By the product category (Credit, Guarantee, Mortgage, Pledge).</summary>
    public const string Category = "C";

    public static readonly string[] All = [Bank, Township, Industry, Category];

    /// <summary>The mark of a closed month in stats_portfolio_month_end (one row, every counter 0).</summary>
    public const string Closed = "M";
}

/// <summary>
/// The change of a group's portfolio counters on one China day (docs/portfolio.md, table stats_portfolio_daily): the state
/// on a day is the sum of the changes up to it, the flows are those of the day. Written in the transaction of the loan's
/// change, also for the future days its instalments would become overdue.
/// </summary>
public sealed class PortfolioStatsDay
{
    private PortfolioStatsDay() { }

    public string Dimension { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public Guid BankId { get; private set; }
    public string GroupKey { get; private set; } = "";
    public long Loans { get; private set; }
    public long OutstandingFen { get; private set; }
    public long OverdueFen { get; private set; }
    public long Dpd1Fen { get; private set; }
    public long Dpd31Fen { get; private set; }
    public long Dpd61Fen { get; private set; }
    public long NplFen { get; private set; }
    public long CreditFen { get; private set; }
    public long RateFen { get; private set; }
    public long NewLoans { get; private set; }
    public long NewFen { get; private set; }
    public long FirstTime { get; private set; }
}

/// <summary>
/// A group's portfolio at a month's end, kept once the month has closed (stats_portfolio_month_end): the state counters as of
/// the last day and the month's flows. Once a month is closed nothing is booked on its days again, so it reads the same later.
/// </summary>
public sealed class PortfolioMonthEnd
{
    private PortfolioMonthEnd() { }

    public string Dimension { get; private set; } = "";
    public DateOnly MonthEnd { get; private set; }
    public Guid BankId { get; private set; }
    public string GroupKey { get; private set; } = "";
    public long Loans { get; private set; }
    public long OutstandingFen { get; private set; }
    public long OverdueFen { get; private set; }
    public long Dpd1Fen { get; private set; }
    public long Dpd31Fen { get; private set; }
    public long Dpd61Fen { get; private set; }
    public long NplFen { get; private set; }
    public long CreditFen { get; private set; }
    public long RateFen { get; private set; }
    public long NewLoans { get; private set; }
    public long NewFen { get; private set; }
    public long FirstTime { get; private set; }
}
