using System.Security.Cryptography;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.Products;
using CreditLoan.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CreditLoan.Web.Demo;

/// <summary>A user the demo prints, with the password it was given.</summary>
public sealed record DemoUser(string Role, string UserName, string Password, string Who);

/// <summary>
/// Dingzhou's first year on the platform, played through the application's own commands as its users — the bureau, each
/// bank's administrator and officer, the station agents, the enterprises — in time order, on a clock that walks from a year
/// ago to yesterday, so every rule, time limit and projection holds as it would have. The plan comes from one seeded
/// <see cref="Random"/>: the same county every time, on the dates of the year before today.
/// </summary>
public sealed partial class CountyYear
{
    private readonly DemoSender _sender;
    private readonly DemoClock _clock;
    private readonly IServiceProvider _services;
    private readonly DemoActor _bureau;
    private readonly Random _random = new(130682);
    private readonly CountyNames _names;
    private readonly DemoCalendar _calendar;
    private readonly DemoDivisions _places = new();
    private readonly List<DemoEnterprise> _enterprises;
    private readonly List<(DateTimeOffset At, int Seq, string What, Func<Task> Act)> _events = [];
    private readonly List<DemoUser> _shown = [];
    private readonly PasswordHasherOptions _hashing;

    private readonly Guid[] _bankIds = new Guid[CountyBanks.All.Count];
    private readonly DemoActor[] _admins = new DemoActor[CountyBanks.All.Count];
    private readonly DemoActor[] _officers = new DemoActor[CountyBanks.All.Count];
    private readonly Guid[] _productIds = new Guid[CountyBanks.Products.Count];

    public CountyYear(IServiceProvider services, DemoSender sender, DemoClock clock, DemoActor bureau)
    {
        _services = services;
        _sender = sender;
        _clock = clock;
        _bureau = bureau;
        _hashing = services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        _names = new CountyNames(_random);
        _calendar = new DemoCalendar(clock.Inner.GetUtcNow(), _random);
        _enterprises = CountyEnterprises.Build(_names, _places, _calendar.Start);
    }

    public IReadOnlyList<DemoUser> Shown => _shown;
    public DemoCalendar Calendar => _calendar;
    public int Events => _events.Count;

    /// <summary>Plans the year: every step, in time order, and the applications (what the tests check without playing it).</summary>
    internal IReadOnlyList<DemoApplication> Plan()
    {
        if (_planned is not null) return _planned;
        Onboard();
        Stations();
        PlanRegistrations();
        var applications = new CountyLoans(_names, _calendar, _enterprises).Plan();
        Imports();
        Registrations();
        Lending(applications);
        SpareNeeds();
        Counters();
        Servicing(applications);
        Jobs();
        Notices();
        _events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Seq.CompareTo(b.Seq));
        return _planned = applications;
    }

    private IReadOnlyList<DemoApplication>? _planned;

    internal IReadOnlyList<DemoEnterprise> Enterprises => _enterprises;

    internal IEnumerable<(DateTimeOffset At, string What)> Steps => _events.Select(e => (e.At, e.What));

    /// <summary>Plays the year: each step at its time, as its user.</summary>
    public async Task RunAsync(ILogger logger)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Plan();
        logger.LogInformation("--demo: planned {Events} steps from {Start:yyyy-MM-dd} to {End:yyyy-MM-dd} in {Seconds:F1} s", _events.Count, _calendar.Start,
            _calendar.LastDay, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        foreach (var (at, _, what, act) in _events)
        {
            _clock.WalkTo(at);
            try
            {
                await act();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"The sample county's step '{what}' at {at.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm} (China) failed: {ex.Message}", ex);
            }
        }
        logger.LogInformation("--demo: the background jobs' daily runs took {Seconds:F1} s", JobsTime.TotalSeconds);
    }

    private void At(DateTimeOffset at, string what, Func<Task> act) => _events.Add((at, _events.Count, what, act));

    private static string Password() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);

    /// <summary>
    /// Creates an account no one signs in to with a cheaper password hash (1,000 PBKDF2 rounds instead of 100,000), which
    /// keeps hundreds of accounts within the minute; Identity hashes it again at full strength at its first sign-in. The
    /// accounts the demo prints are hashed at full strength.
    /// </summary>
    private async Task<T> QuietlyAsync<T>(Func<Task<T>> create)
    {
        var full = _hashing.IterationCount;
        _hashing.IterationCount = 1_000;
        try
        {
            return await create();
        }
        finally
        {
            _hashing.IterationCount = full;
        }
    }

    /// <summary>An account: printed with its password when <paramref name="shown"/> names its role, else quietly hashed.</summary>
    private async Task<T> AccountAsync<T>(Func<string, Task<T>> create, string userName, string? shown, string who)
    {
        var password = Password();
        if (shown is null) return await QuietlyAsync(() => create(password));
        _shown.Add(new DemoUser(shown, userName, password, who));
        return await create(password);
    }

    private void PlanRegistrations()
    {
        foreach (var e in _enterprises)
        {
            e.Grade = CountyEnterprises.GradeOn(e, _calendar.Day(e.RegistryDay));
            if (e.Index % 12 == 11) continue;   // known to the registry, never on the platform
            var roll = _random.Next(100);
            var offset = roll < 45 ? _random.Next(1, 31) : roll < 75 ? _random.Next(31, 121) : _random.Next(121, Math.Max(122, _calendar.Days - 30));
            var day = Math.Min(e.RegistryDay + offset, _calendar.Days - 2);
            e.RegistersAt = e.Index == 0 ? DemoCalendar.At(_calendar.Day(3), 20, 15) : _calendar.Anytime(_calendar.Day(day));
            e.Delegates = e.Index != 0 && e.Industry.StartsWith('A') && e.Type == EnterpriseType.IndividualBusiness
                && _places.RuralTownships.Contains(e.Township) && e.RegistersAt > _stations[e.Village].CreatedAt.AddHours(2) && _random.Next(10) < 3;
        }
    }

    private void Onboard()
    {
        var day = _calendar.Start;
        for (var i = 0; i < CountyBanks.All.Count; i++)
        {
            var b = i;
            var bank = CountyBanks.All[b];
            At(DemoCalendar.At(day, 9, 0).AddMinutes(4 * b), $"onboard {bank.Name}", async () =>
            {
                _bankIds[b] = (await _sender.SendAsync(_bureau, new CreateBankCommand(bank.Name, _names.CreditCode("91")))).Id;
                var shown = b is CountyBanks.Ccb or CountyBanks.HebeiBank or CountyBanks.RuralBank;
                _admins[b] = DemoActor.From(await AccountAsync(p => _sender.SendAsync(_bureau, new CreateBankUserCommand(_bankIds[b], $"{bank.Key}.admin", p,
                    _names.Person(), AccountRole.BankAdmin)), $"{bank.Key}.admin", b == CountyBanks.Ccb ? "银行管理员 bank administrator" : null, bank.Name));
                _officers[b] = DemoActor.From(await AccountAsync(p => _sender.SendAsync(_bureau, new CreateBankUserCommand(_bankIds[b], $"{bank.Key}.officer", p,
                    _names.Person(), AccountRole.BankOfficer)), $"{bank.Key}.officer", shown ? "信贷员 loan officer" : null, bank.Name));
            });
            var partner = b is CountyBanks.Ccb or CountyBanks.HebeiBank;
            if (bank.MakerCheckerThreshold is null && !partner) continue;
            At(DemoCalendar.At(day, 10, 30).AddMinutes(3 * b), $"settings of {bank.Name}", () => _sender.SendAsync(_admins[b],
                new UpdateBankSettingsCommand(_bankIds[b], bank.MakerCheckerThreshold, 2_000m, 2_000m, partner ? Commissions : new Dictionary<TransactionType, decimal>())));
        }
        for (var i = 0; i < CountyBanks.Products.Count; i++)
        {
            var p = i;
            var product = CountyBanks.Products[p];
            var created = product.PublishDay == 0 ? DemoCalendar.At(day, 13, 0).AddMinutes(11 * p) : _calendar.Office(_calendar.Working(_calendar.Day(product.PublishDay)));
            At(created, $"product {product.Terms.Name}", async () =>
            {
                var t = product.Terms;
                var draft = await _sender.SendAsync(_officers[product.Bank], new CreateProductCommand(t.Name, t.Category, t.MinAmount, t.MaxAmount, t.MinTermMonths,
                    t.MaxTermMonths, t.MinAnnualRate, t.MaxAnnualRate, t.RepaymentMethods, t.Industries, t.Divisions, t.MinGrade, t.MinYearsInBusiness,
                    t.EnterpriseTypes, t.CollateralRequired, t.RequiredMaterials, t.Description));
                _productIds[p] = draft.Id;
            });
            At(created.AddMinutes(40), $"publish {product.Terms.Name}", () => _sender.SendAsync(_admins[product.Bank], new PublishProductCommand(_productIds[p])));
        }
    }

    /// <summary>What the partner banks pay a station per service (元).</summary>
    private static readonly Dictionary<TransactionType, decimal> Commissions = new()
    {
        [TransactionType.CashDeposit] = 1.00m, [TransactionType.CashWithdrawal] = 1.00m, [TransactionType.PensionWithdrawal] = 0.50m,
        [TransactionType.UtilityPayment] = 0.50m, [TransactionType.Transfer] = 0.80m,
    };
}
