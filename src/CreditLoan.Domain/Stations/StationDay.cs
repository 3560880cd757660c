using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Stations;

/// <summary>
/// A station's closed business date (日终): the counted cash, what the ledger expected, the difference (长短款). No
/// posting lands on a closed date; the station's next postings land on the following date.
/// </summary>
public sealed class StationDay
{
    private StationDay() { }

    public StationDay(Guid stationId, DateOnly businessDate, decimal expectedCash, decimal countedCash, int transactions, DateTimeOffset closedAt, string closedBy)
    {
        if (countedCash < 0 || !Money.IsYuan(countedCash)) throw new FieldRuleException("countedCash", "countedCash must be a yuan amount of 0 or more.")
            { Code = "CountedCashInvalid" };
        StationId = stationId;
        BusinessDate = businessDate;
        ExpectedCash = expectedCash;
        CountedCash = countedCash;
        Transactions = transactions;
        ClosedAt = closedAt;
        ClosedBy = closedBy;
    }

    public Guid StationId { get; private set; }
    public DateOnly BusinessDate { get; private set; }
    public decimal ExpectedCash { get; private set; }
    public decimal CountedCash { get; private set; }
    /// <summary>Counted − expected: positive is a surplus (长款), negative a shortage (短款).</summary>
    public decimal Difference => CountedCash - ExpectedCash;
    public int Transactions { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }
    public string ClosedBy { get; private set; } = "";
}
