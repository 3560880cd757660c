using System.Globalization;
using System.Text;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Features.Accounts;
using CreditLoan.Application.Features.Consents;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Application.Features.Enterprises;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Application.Scoring;

namespace CreditLoan.Web.Demo;

/// <summary>A village station of the sample county and what its agent knows of its books.</summary>
public sealed class DemoStation(string village, string name, int bank, DateTimeOffset createdAt)
{
    public string Village => village;
    public string Name => name;
    public int Bank => bank;
    public DateTimeOffset CreatedAt => createdAt;
    public Guid Id { get; set; }
    public DemoActor? Agent { get; set; }
    public List<DemoAccount> Accounts { get; } = [];
    public decimal Cash { get; set; }
}

/// <summary>A villager's account at the station's partner bank.</summary>
public sealed class DemoAccount
{
    public string Number { get; set; } = "";
    public decimal Balance { get; set; }
    public decimal WithdrawnToday { get; set; }
}

public sealed partial class CountyYear
{
    public const string CattleFarmVillage = CountyEnterprises.CattleFarmVillage;

    /// <summary>Each village's station of its township's first partner bank (the busy counters, the 帮办).</summary>
    private readonly Dictionary<string, DemoStation> _stations = new(StringComparer.Ordinal);

    /// <summary>Each village's station of the other partner bank.</summary>
    private readonly Dictionary<string, DemoStation> _sharedStations = new(StringComparer.Ordinal);

    /// <summary>
    /// A service station in each of the 542 villages, one township a working day, shared by the 建设银行 and 河北银行 branches:
    /// on the platform a station partners one bank (product.md §7), so each village has one station of each bank, with an
    /// agent each. The township's first partner (the 建设银行 in half the townships, the 河北银行 in the other half) has the
    /// busy counter and the enterprises' 帮办; the other serves its own bank's customers.
    /// </summary>
    private void Stations()
    {
        for (var k = 0; k < _places.Townships.Count; k++)
        {
            var day = _calendar.Working(_calendar.Day(1), k);
            var (first, second) = k % 2 == 0 ? (CountyBanks.Ccb, CountyBanks.HebeiBank) : (CountyBanks.HebeiBank, CountyBanks.Ccb);
            var cashLimit = _places.UrbanTownships.Contains(_places.Townships[k]) ? 100_000m : 50_000m;
            var villages = _places.VillagesOf(_places.Townships[k]);
            for (var j = 0; j < villages.Count; j++)
            {
                var village = villages[j];
                var opens = DemoCalendar.At(day, 9, 0).AddMinutes(7 * j);
                var station = new DemoStation(village, StationName(village, first), first, opens);
                _stations[village] = station;
                Station(station, cashLimit, $"agent.{village}");
                var shared = new DemoStation(village, StationName(village, second), second, opens.AddMinutes(3));
                _sharedStations[village] = shared;
                Station(shared, cashLimit, $"agent.{village}.{CountyBanks.All[second].Key}");
            }
        }
    }

    private string StationName(string village, int bank) => $"{_places.VillageName(village)}综合服务站（{(bank == CountyBanks.Ccb ? "建设银行" : "河北银行")}）";

    private void Station(DemoStation station, decimal cashLimit, string userName) =>
        At(station.CreatedAt, $"station {station.Name}", async () =>
        {
            station.Id = (await _sender.SendAsync(_bureau, new CreateStationCommand(station.Name, station.Village, _bankIds[station.Bank], cashLimit))).Id;
            var user = await AccountAsync(p => _sender.SendAsync(_bureau, new CreateStationUserCommand(station.Id, userName, p, _names.Person())),
                userName, station.Village == CattleFarmVillage && userName == $"agent.{station.Village}" ? "服务站代办员 station agent" : null, station.Name);
            station.Agent = DemoActor.From(user);
        });

    /// <summary>Each enterprise registers itself (and signs in); a third of the family farms then authorise their village station (帮办).</summary>
    private void Registrations()
    {
        foreach (var e in _enterprises.Where(e => e.RegistersAt is not null))
        {
            At(e.RegistersAt!.Value, $"register {e.Name}", async () =>
            {
                var registered = await AccountAsync(p => _sender.SendAsync(DemoActor.Anonymous, new RegisterEnterpriseCommand(e.CreditCode, e.Phone, e.UserName, p)),
                    e.UserName, e.Index == 0 ? "企业 enterprise (the cattle farm)" : null, e.Name);
                e.Id = registered.Id;
            });
            if (e.Delegates)
                At(e.RegistersAt.Value.AddMinutes(12), $"{e.Name} authorises its station",
                    async () => await _sender.SendAsync(await ActorOfAsync(e), new GrantDelegationCommand(_stations[e.Village].Id)));
        }
    }

    /// <summary>The enterprise's own account, as the bureau's account list has it (the registration answers with the enterprise only).</summary>
    private async Task<DemoActor> ActorOfAsync(DemoEnterprise e)
    {
        if (e.Actor is not null) return e.Actor;
        // the enterprises' accounts come last in the list (by role, then name): read those registered so far
        var registered = _enterprises.Where(x => x.Id != Guid.Empty).ToDictionary(x => x.UserName, StringComparer.Ordinal);
        var total = (await _sender.SendAsync(_bureau, new ListUsersQuery(null, null, 1, 1))).Total;
        for (var page = Math.Max(0, total - registered.Count) / Paging.MaxPageSize + 1; (page - 1) * Paging.MaxPageSize < total; page++)
            foreach (var user in (await _sender.SendAsync(_bureau, new ListUsersQuery(null, null, page, Paging.MaxPageSize))).Items)
                if (user.EnterpriseId is not null && registered.TryGetValue(user.UserName, out var x)) x.Actor ??= DemoActor.From(user);
        return e.Actor ?? throw new InvalidOperationException($"No account of {e.Name} in the bureau's list.");
    }

    private static readonly string[] Datasets = ["registry", "tax", "social-insurance", "utilities", "penalties", "judgments", "dishonest", "honours"];

    /// <summary>The registry's pushes (all on the first day, a few newcomers later), the quarterly social insurance and utilities, the April tax ratings.</summary>
    private void Imports()
    {
        foreach (var batchDay in _enterprises.Select(e => e.RegistryDay).Distinct().Order())
        {
            var day = _calendar.Working(_calendar.Day(batchDay));
            var batch = _enterprises.Where(e => e.RegistryDay == batchDay).ToList();
            At(DemoCalendar.At(day, 8, 40), "registry and credit data", () => ImportAsync(batch, _calendar.Day(batchDay), Datasets));
        }
        for (var d = 1; d < _calendar.Days; d++)
        {
            var date = _calendar.Day(d);
            var known = _enterprises.Where(e => e.RegistryDay < d).ToList();
            if (date.Day == 15 && date.Month % 3 == 1)
                At(DemoCalendar.At(_calendar.Working(date), 9, 30), "quarterly credit data", () => ImportAsync(known, date, ["social-insurance", "utilities"]));
            if (date is { Month: 4, Day: 20 })
                At(DemoCalendar.At(_calendar.Working(date), 10, 0), "tax ratings", () => ImportAsync(known, date, ["tax"]));
        }
    }

    private async Task ImportAsync(IReadOnlyList<DemoEnterprise> enterprises, DateOnly asOf, IEnumerable<string> datasets)
    {
        var now = _clock.GetUtcNow();
        var records = enterprises.Select(e => CountyEnterprises.Records(e, asOf, "", now)).ToList();
        foreach (var dataset in datasets)
        {
            var rows = records.SelectMany(r => Rows(dataset, r)).ToList();
            if (rows.Count == 0) continue;
            var csv = string.Join(",", Header(dataset)) + "\n" + string.Join("\n", rows) + "\n";
            var report = await _sender.SendAsync(_bureau, new ImportCreditDataCommand(dataset, $"{dataset}-{asOf:yyyyMMdd}",
                new MemoryStream(Encoding.UTF8.GetBytes(csv)), ImportFormat.Csv));
            if (report.Rejected > 0) throw new InvalidOperationException($"The {dataset} import refused {report.Rejected} row(s): {report.Errors[0].Reason}");
        }
    }

    private static IReadOnlyList<string> Header(string dataset) => dataset switch
    {
        "registry" => ["creditCode", "name", "type", "legalRepresentative", "establishedOn", "registeredCapital", "industry", "divisionCode"],
        "tax" => ["creditCode", "year", "rating"],
        "social-insurance" => ["creditCode", "asOf", "monthsPaidLast12", "headcount"],
        "utilities" => ["creditCode", "asOf", "arrearsMonthsLast12"],
        "penalties" => ["creditCode", "decidedOn", "severity", "authority", "caseNo"],
        "judgments" => ["creditCode", "judgedOn", "amount", "settled", "caseNo"],
        "dishonest" => ["creditCode", "listedOn", "removedOn", "caseNo"],
        _ => ["creditCode", "awardedOn", "title"],
    };

    private static IEnumerable<string> Rows(string dataset, CreditData r)
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string M(decimal m) => m.ToString("0.00", CultureInfo.InvariantCulture);
        var c = r.CreditCode;
        return dataset switch
        {
            "registry" => [$"{c},{r.Registry!.Name},{r.Registry.Type},{r.Registry.LegalRepresentative},{D(r.Registry.EstablishedOn)},{M(r.Registry.RegisteredCapital)},{r.Registry.Industry},{r.Registry.DivisionCode}"],
            "tax" => r.Tax.Select(t => $"{c},{t.Year},{t.Rating}"),
            "social-insurance" => r.SocialInsurance.Select(s => $"{c},{D(s.AsOf)},{s.MonthsPaidLast12},{s.Headcount}"),
            "utilities" => r.Utilities.Select(u => $"{c},{D(u.AsOf)},{u.ArrearsMonthsLast12}"),
            "penalties" => r.Penalties.Select(p => $"{c},{D(p.DecidedOn)},{p.Severity},{p.Authority},{p.CaseNo}"),
            "judgments" => r.Judgments.Select(j => $"{c},{D(j.JudgedOn)},{M(j.Amount)},{(j.Settled ? "true" : "false")},{j.CaseNo}"),
            "dishonest" => r.Dishonest.Select(x => $"{c},{D(x.ListedOn)},{(x.RemovedOn is { } removed ? D(removed) : "")},{x.CaseNo}"),
            _ => r.Honours.Select(h => $"{c},{D(h.AwardedOn)},{h.Title}"),
        };
    }
}
