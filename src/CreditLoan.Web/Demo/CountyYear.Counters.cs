using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Web.Demo;

public sealed partial class CountyYear
{
    /// <summary>Stations per township whose counters are busy (the others serve the agents' 帮办 only).</summary>
    private const int BusyPerTownship = 1;

    private int _keys;

    /// <summary>
    /// Counter services (product.md §7) at a station of each township, every two to three weeks: the partner bank opens
    /// villagers' accounts, the agent draws cash from the bank (领现), serves deposits, withdrawals, pensions, utility bills and
    /// transfers, hands surplus cash back (缴现) and closes the day with the cash counted (日终), now and then a few jiao out (长短款).
    /// </summary>
    private void Counters()
    {
        var busy = new List<string>();
        foreach (var township in _places.Townships)
        {
            var villages = _places.VillagesOf(township).OrderBy(_ => _random.Next()).Take(BusyPerTownship).ToList();
            if (township == CattleFarmVillage[..9] && !villages.Contains(CattleFarmVillage)) villages[0] = CattleFarmVillage;
            busy.AddRange(villages);
        }
        foreach (var village in busy)
        {
            var station = _stations[village];
            var opened = _calendar.OfficeAfter(station.CreatedAt, 2);
            var holders = Enumerable.Range(0, 3).Select(_ => (Name: _names.Person(), Id: _names.IdNumber(), Balance: 500m * _random.Next(2, 41))).ToList();
            At(opened, $"{CountyBanks.All[station.Bank].Key} opens accounts at {station.Name}", async () =>
            {
                foreach (var h in holders)
                {
                    var account = await _sender.SendAsync(_officers[station.Bank], new OpenAccountCommand(h.Name, h.Id, h.Balance) { BankId = _bankIds[station.Bank] });
                    station.Accounts.Add(new DemoAccount { Number = account.AccountNo, Balance = account.Balance });
                }
            });
            for (var day = _calendar.Working(ChinaTime.DateOf(opened), 2); day <= _calendar.LastDay; day = _calendar.Working(day.AddDays(_random.Next(12, 23))))
                CounterDay(station, day);
        }
    }

    private void CounterDay(DemoStation s, DateOnly day)
    {
        var limit = _places.UrbanTownships.Contains(s.Village[..9]) ? 100_000m : 50_000m;
        At(DemoCalendar.At(day, 8, 45), $"{s.Name} opens", async () =>
        {
            foreach (var a in s.Accounts) a.WithdrawnToday = 0;
            if (s.Cash < 5_000m) await MoveAsync(s, CashMovement.Replenish, 20_000m - s.Cash);
        });
        var times = Enumerable.Range(0, _random.Next(2, 5)).Select(_ => DemoCalendar.At(day, 9, 0).AddMinutes(_random.Next(450))).Order().ToList();
        foreach (var t in times)
        {
            var (roll, seed) = (_random.Next(100), _random.Next(1, 1000));
            At(t, $"{s.Name} serves", () => ServeAsync(s, roll, seed, limit, day));
        }
        At(DemoCalendar.At(day, 16, 45), $"{s.Name} hands cash back", async () =>
        {
            if (s.Cash > 0.6m * limit) await MoveAsync(s, CashMovement.Return, s.Cash - 20_000m);
        });
        var difference = _random.Next(30) == 0 ? (_random.Next(2) == 0 ? 0.5m : -0.5m) * _random.Next(1, 21) : 0m;
        At(DemoCalendar.At(day, 17, 10), $"{s.Name} closes the day", async () =>
        {
            var counted = Math.Max(0, s.Cash + difference);
            await _sender.SendAsync(s.Agent!, new SettleStationDayCommand(day, counted) { StationId = s.Id });
            s.Cash = counted;
        });
    }

    private async Task MoveAsync(DemoStation s, CashMovement movement, decimal amount)
    {
        var moved = await _sender.SendAsync(s.Agent!, new MoveStationCashCommand(amount) { StationId = s.Id, Movement = movement, IdempotencyKey = $"demo-{++_keys}" });
        s.Cash = moved.StationCashAfter;
    }

    /// <summary>One counter service, chosen by <paramref name="roll"/> among those the accounts and the cash allow.</summary>
    private async Task ServeAsync(DemoStation s, int roll, int seed, decimal limit, DateOnly day)
    {
        var account = s.Accounts[seed % s.Accounts.Count];
        var other = s.Accounts[(seed + 1) % s.Accounts.Count];
        var withdrawable = Math.Min(Math.Min(2_000m - account.WithdrawnToday, account.Balance), s.Cash);
        var (type, amount) = roll switch
        {
            < 30 => (TransactionType.CashDeposit, 100m * (seed % 40 + 2)),
            < 55 => (TransactionType.CashWithdrawal, 100m * (seed % 15 + 1)),
            < 70 => (TransactionType.PensionWithdrawal, 50m * (seed % 20 + 4)),
            < 90 => (TransactionType.UtilityPayment, 10m * (seed % 30 + 5) + 0.6m),
            _ => (TransactionType.Transfer, 100m * (seed % 20 + 1)),
        };
        if (type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal && amount > withdrawable
            || type is TransactionType.UtilityPayment or TransactionType.Transfer && amount > account.Balance)
            (type, amount) = (TransactionType.CashDeposit, 100m * (seed % 30 + 2));
        if (type == TransactionType.CashDeposit && s.Cash + amount > limit) (type, amount) = (TransactionType.UtilityPayment, Math.Min(account.Balance, 88.6m));
        if (amount <= 0) return;
        var utility = type == TransactionType.UtilityPayment;
        var posted = await _sender.SendAsync(s.Agent!, new PostStationTransactionCommand(type, account.Number, amount,
            type == TransactionType.Transfer ? other.Number : null, utility ? $"{day:yyMM}{seed:D4}" : null,
            utility ? (seed % 3 == 0 ? "定州市自来水公司" : "国网定州市供电公司") : null) { StationId = s.Id, IdempotencyKey = $"demo-{++_keys}" });
        account.Balance = posted.BalanceAfter ?? account.Balance;
        s.Cash = posted.StationCashAfter;
        if (type == TransactionType.Transfer) other.Balance += amount;
        if (type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal) account.WithdrawnToday += amount;
    }
}
