using System.Diagnostics.Metrics;

namespace CreditLoan.Application.Common;

/// <summary>
/// The platform's business counters, exported at <c>/metrics</c> (OpenTelemetry, Prometheus format) next to the HTTP
/// metrics. Recorded only after the change committed; money in fen (whole numbers: no floating point near money).
/// </summary>
public static class BusinessMetrics
{
    public const string MeterName = "CreditLoan";

    private static readonly Meter Meter = new(MeterName, "1.0");
    private static readonly Counter<long> Submitted = Meter.CreateCounter<long>("creditloan.applications.submitted", "{application}", "Loan applications submitted");
    private static readonly Counter<long> Disbursed = Meter.CreateCounter<long>("creditloan.loans.disbursed", "{loan}", "Loans disbursed");
    private static readonly Counter<long> DisbursedFen = Meter.CreateCounter<long>("creditloan.loans.disbursed.amount", "fen", "Amount disbursed, in fen");
    private static readonly Counter<long> StationTransactions = Meter.CreateCounter<long>("creditloan.station.transactions", "{transaction}",
        "Station transactions posted, by type");
    private static readonly Counter<long> StationFen = Meter.CreateCounter<long>("creditloan.station.transactions.amount", "fen",
        "Station transaction amounts, in fen, by type");

    public static void ApplicationsSubmitted(long count) => Submitted.Add(count);

    public static void LoansDisbursed(long count, long amountFen)
    {
        Disbursed.Add(count);
        DisbursedFen.Add(amountFen);
    }

    public static void StationTransactionsPosted(string type, long count, long amountFen)
    {
        var tag = new KeyValuePair<string, object?>("type", type);
        StationTransactions.Add(count, tag);
        StationFen.Add(amountFen, tag);
    }
}
