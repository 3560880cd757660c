namespace CreditLoan.Domain.Credit;

public enum TaxRating { A, B, M, C, D }

public enum PenaltySeverity { Minor, Serious, Severe }

/// <summary>Fields every government record carries: whose it is and which batch brought it.</summary>
public abstract class CreditRecord
{
    public string CreditCode { get; protected set; } = "";
    public string BatchId { get; protected set; } = "";
    public DateTimeOffset ImportedAt { get; protected set; }
}

/// <summary>Tax credit rating (纳税信用等级) for one year; key (credit code, year).</summary>
public sealed class TaxRatingRecord : CreditRecord
{
    private TaxRatingRecord() { }

    public TaxRatingRecord(string creditCode, int year, TaxRating rating, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; Year = year; Rating = rating; BatchId = batchId; ImportedAt = importedAt;
    }

    public int Year { get; private set; }
    public TaxRating Rating { get; private set; }
}

/// <summary>Social insurance payment continuity as of a date; key (credit code, as-of).</summary>
public sealed class SocialInsuranceRecord : CreditRecord
{
    private SocialInsuranceRecord() { }

    public SocialInsuranceRecord(string creditCode, DateOnly asOf, int monthsPaidLast12, int headcount, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; AsOf = asOf; MonthsPaidLast12 = monthsPaidLast12; Headcount = headcount; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly AsOf { get; private set; }
    public int MonthsPaidLast12 { get; private set; }
    public int Headcount { get; private set; }
}

/// <summary>Water/electricity arrears as of a date; key (credit code, as-of).</summary>
public sealed class UtilityRecord : CreditRecord
{
    private UtilityRecord() { }

    public UtilityRecord(string creditCode, DateOnly asOf, int arrearsMonthsLast12, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; AsOf = asOf; ArrearsMonthsLast12 = arrearsMonthsLast12; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly AsOf { get; private set; }
    public int ArrearsMonthsLast12 { get; private set; }
}

/// <summary>An administrative penalty (行政处罚); key (credit code, case number).</summary>
public sealed class PenaltyRecord : CreditRecord
{
    private PenaltyRecord() { }

    public PenaltyRecord(string creditCode, DateOnly decidedOn, PenaltySeverity severity, string? authority, string caseNo, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; DecidedOn = decidedOn; Severity = severity; Authority = authority; CaseNo = caseNo; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly DecidedOn { get; private set; }
    public PenaltySeverity Severity { get; private set; }
    public string? Authority { get; private set; }
    public string CaseNo { get; private set; } = "";
}

/// <summary>A court judgment with the enterprise as defendant; key (credit code, case number).</summary>
public sealed class JudgmentRecord : CreditRecord
{
    private JudgmentRecord() { }

    public JudgmentRecord(string creditCode, DateOnly judgedOn, decimal amount, bool settled, string caseNo, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; JudgedOn = judgedOn; Amount = amount; Settled = settled; CaseNo = caseNo; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly JudgedOn { get; private set; }
    public decimal Amount { get; private set; }
    public bool Settled { get; private set; }
    public string CaseNo { get; private set; } = "";
}

/// <summary>A listing on the dishonest-debtor list (失信被执行人); key (credit code, case number).</summary>
public sealed class DishonestRecord : CreditRecord
{
    private DishonestRecord() { }

    public DishonestRecord(string creditCode, DateOnly listedOn, DateOnly? removedOn, string caseNo, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; ListedOn = listedOn; RemovedOn = removedOn; CaseNo = caseNo; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly ListedOn { get; private set; }
    /// <summary>Null while the enterprise is still listed.</summary>
    public DateOnly? RemovedOn { get; private set; }
    public string CaseNo { get; private set; } = "";

    public bool IsListedOn(DateOnly day) => ListedOn <= day && (RemovedOn is null || RemovedOn > day);
}

/// <summary>An honour on the red list (红名单); key (credit code, awarded on, title).</summary>
public sealed class HonourRecord : CreditRecord
{
    private HonourRecord() { }

    public HonourRecord(string creditCode, DateOnly awardedOn, string title, string batchId, DateTimeOffset importedAt)
    {
        CreditCode = creditCode; AwardedOn = awardedOn; Title = title; BatchId = batchId; ImportedAt = importedAt;
    }

    public DateOnly AwardedOn { get; private set; }
    public string Title { get; private set; } = "";
}
