using System.Text;
using System.Threading.Channels;
using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace CreditLoan.Infrastructure.Persistence;

internal static class CounterFactsBuilder
{
    public static string StationCashNumber(Guid stationId) => $"{LedgerAccountKind.StationCash}:{stationId:N}";

    public static string UtilityPayeeNumber(Guid bankId) => $"{LedgerAccountKind.UtilityPayee}:{bankId:N}";

    public static CounterFacts NoStation(DateTimeOffset now) => new(now, null, null, null, null, null, new Dictionary<string, LedgerAccount>(), null, 0m);

    /// <summary>One request's facts: the station's cash, the partner bank's customer accounts it names and its payee account.</summary>
    public static CounterFacts For(CounterRead read, DateTimeOffset now, CounterStation station, IdempotencyRecord? prior, DateOnly? lastClosed,
        DateOnly? oldestUnclosed, IReadOnlyDictionary<string, LedgerAccount> accounts, decimal withdrawnToday)
    {
        var customers = new Dictionary<string, LedgerAccount>(StringComparer.Ordinal);
        foreach (var number in read.CustomerNumbers)
            if (accounts.TryGetValue(number, out var a) && a.IsDepositAt(station.PartnerBankId))
                customers[number] = a;
        return new CounterFacts(now, station, prior, lastClosed, oldestUnclosed, accounts.GetValueOrDefault(StationCashNumber(station.Id)), customers,
            read.WithUtilityPayee ? accounts.GetValueOrDefault(UtilityPayeeNumber(station.PartnerBankId)) : null, withdrawnToday);
    }
}
