using System.Globalization;
using CreditLoan.Domain.Calendar;
using CreditLoan.Testing;
using CreditLoan.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// The sample county's plan, on whatever day the demo is started: its headline figures, every step inside the twelve months
/// before now and within its working-day limit (on the calendar the platform uses), the same county for the same day.
/// Checked for starts across the China day (03:30, 10:00, 00:10 China time) and across holidays, without playing the year.
/// </summary>
public sealed class DemoPlanTests
{
    private static CountyYear Year(DateTimeOffset now)
    {
        var services = new ServiceCollection().AddOptions().BuildServiceProvider();
        return new CountyYear(services, new DemoSender(services), new DemoClock(new SettableClock(now)), new DemoActor("b", "admin", "bureau"));
    }

    public static TheoryData<string> Starts => new()
    {
        "2026-12-02T19:30:00Z",   // 03:30 on 3 December in China
        "2026-12-03T02:00:00Z",   // 10:00 China
        "2026-10-08T16:10:00Z",   // 00:10 on 9 October, just after the National Day week
        "2027-02-21T23:00:00Z",   // 07:00 on 22 February 2027, after the Spring Festival
        "2027-05-06T08:00:00Z",   // 16:00 on the first working day after May Day
        "2028-01-01T12:00:00Z",   // 20:00 on New Year's Day
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void The_plan_holds_whenever_the_demo_starts(string start)
    {
        var now = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture);
        var year = Year(now);
        var applications = year.Plan();
        var loans = applications.Where(a => a.Ending == Ending.Disbursed).ToList();
        Assert.Equal(239, loans.Count);
        Assert.Equal(36_420_000.00m, loans.Sum(a => a.Amount));
        Assert.True(loans.Select(a => a.Enterprise).Distinct().Count() >= 200);
        Assert.All(loans, a => Assert.True(a.Amount <= a.Requested && a.Amount % 10_000m == 0));
        var farm = loans.Single(a => a.Enterprise.Index == 0);
        Assert.Equal(("A03", 120_000m), (farm.Enterprise.Industry, farm.Amount));
        Assert.True(farm.DisburseAt - farm.NeedAt < TimeSpan.FromDays(7));
        foreach (var ending in Enum.GetValues<Ending>()) Assert.Contains(applications, a => a.Ending == ending);

        // within the limits, as the platform computes them (2 working days to accept, 5 to decide)
        var calendar = new WorkingCalendar(CalendarFile.Shipped());
        foreach (var a in applications)
        {
            var acceptBy = calendar.DeadlineAfter(a.SubmitAt, 2);
            if (a.AcceptAt is { } accepted)
            {
                Assert.True(accepted <= acceptBy && accepted > a.SubmitAt, $"{a.Enterprise.Name}: accepted {accepted:O}, due {acceptBy:O}");
                var decideBy = calendar.DeadlineAfter(accepted, 5);
                foreach (var step in new[] { a.DecideAt, a.ConfirmAt }.OfType<DateTimeOffset>())
                    Assert.True(step <= decideBy && step > accepted, $"{a.Enterprise.Name}: decided {step:O}, due {decideBy:O}");
                if (a.DecideAt is null && a.WithdrawAt is null || a.Ending == Ending.ApprovalPending) Assert.True(decideBy > now);
            }
            else if (a.DecideAt is { } rejected) Assert.True(rejected <= acceptBy);
            else if (a.WithdrawAt is null) Assert.True(acceptBy > now, $"{a.Enterprise.Name} would be overdue today");
            if (a.DisburseAt is { } paid) Assert.True(paid > (a.ConfirmAt ?? a.DecideAt));
        }

        // every step in the twelve months before now, in time order
        var steps = year.Steps.ToList();
        Assert.All(steps, s => Assert.InRange(s.At, now.AddYears(-1), now));
        Assert.Equal(steps.Select(s => s.At).Order(), steps.Select(s => s.At));
    }

    [Fact]
    public void The_same_day_gives_the_same_county()
    {
        var now = new DateTimeOffset(2026, 12, 2, 19, 30, 0, TimeSpan.Zero);
        string Fingerprint(CountyYear y) => string.Join("\n", y.Plan().Select(a => $"{a.Enterprise.Name}|{a.Product}|{a.Amount}|{a.SubmitAt:O}|{a.Ending}"))
            + string.Join("\n", y.Enterprises.Select(e => $"{e.CreditCode}|{e.Name}|{e.Village}|{e.Industry}|{e.RegistersAt:O}"));
        Assert.Equal(Fingerprint(Year(now)), Fingerprint(Year(now.AddHours(2))));
        Assert.NotEqual(Fingerprint(Year(now)), Fingerprint(Year(now.AddDays(1))));
    }
}
