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

    private readonly Dictionary<string, DemoStation> _stations = new(StringComparer.Ordinal);

    /// <summary>A station in each of the 542 villages, one township a working day; the 建设银行 and 河北银行 branches each partner half the townships.</summary>
    private void Stations()
    {
        for (var k = 0; k < _places.Townships.Count; k++)
        {
            var day = _calendar.Working(_calendar.Day(1), k);
            var bank = k % 2 == 0 ? CountyBanks.Ccb : CountyBanks.HebeiBank;
            var cashLimit = _places.UrbanTownships.Contains(_places.Townships[k]) ? 100_000m : 50_000m;
            var villages = _places.VillagesOf(_places.Townships[k]);
            for (var j = 0; j < villages.Count; j++)
            {
                var village = villages[j];
                var station = new DemoStation(village, _places.VillageName(village) + "综合服务站", bank, DemoCalendar.At(day, 9, 0).AddMinutes(7 * j));
                _stations[village] = station;
                At(station.CreatedAt, $"station {station.Name}", async () =>
                {
                    station.Id = (await _sender.SendAsync(_bureau, new CreateStationCommand(station.Name, village, _bankIds[bank], cashLimit))).Id;
                    var userName = $"agent.{village}";
                    var user = await AccountAsync(p => _sender.SendAsync(_bureau, new CreateStationUserCommand(station.Id, userName, p, _names.Person())),
                        userName, village == CattleFarmVillage ? "服务站代办员 station agent" : null, station.Name);
                    station.Agent = DemoActor.From(user);
                });
            }
        }
    }

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
