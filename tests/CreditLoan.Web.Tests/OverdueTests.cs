using System.Net;
using System.Net.Http.Json;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>A platform whose clock the test moves.</summary>
public sealed class ClockedApp : CreditLoanApp
{
    public ClockedApp() : base(TestDatabase.Sqlite)
    {
        ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        Settings["Jwt:LifetimeMinutes"] = "100000"; // the test moves the clock by weeks; tokens outlive that
    }

    /// <summary>Friday 13 February 2026, 10:00 in China: the working day before the Spring Festival.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero));   // UTC: 10:00 on the 13th in China
}

/// <summary>Service time limits on working days, overdue supervision (督办) and the bureau's list.</summary>
public sealed class OverdueTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    [Fact]
    public async Task Deadlines_skip_the_Spring_Festival_and_overdue_banks_are_told_once()
    {
        var bank = await app.NewBankAsync();
        var enterprise = await app.NewEnterpriseAsync();
        var product = await bank.Officer.CreateProductAsync();
        var application = await (await enterprise.Client.PostAsJsonAsync("/api/applications",
            new { productId = (string)product["id"]!, amount = 100_000m, termMonths = 12 })).ReadJsonAsync(HttpStatusCode.Created);
        // Saturday 14th is worked, 15th–23rd is the holiday: due at the end of Tuesday 24th, China time
        Assert.Equal(new DateTimeOffset(2026, 2, 24, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)application["acceptDueAt"]!));

        var bureau = await app.BureauAsync();
        async Task<int> OverdueCount() =>
            (await (await bureau.GetAsync("/api/stats/overdue")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Count(i => (string)i!["applicationId"]! == (string)application["id"]!);
        var supervision = ActivatorUtilities.CreateInstance<OverdueSupervisionService>(app.Services);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 24, 15, 0, 0, TimeSpan.Zero)); // 23:00 on the 24th in China: still in time
        await supervision.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await OverdueCount());

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 25, 4, 0, 0, TimeSpan.Zero)); // 12:00 on the 25th: 12 hours late
        // the hosted service's timer runs on the same clock and may have got there first: either way, the bank is told once
        await supervision.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await supervision.RunOnceAsync(CancellationToken.None));
        var item = (await (await bureau.GetAsync("/api/stats/overdue")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(i => (string)i!["applicationId"]! == (string)application["id"]!)!;
        Assert.Equal(12.0, (double)item["hoursOverdue"]!);
        Assert.Equal("accept", (string)item["stage"]!);
        Assert.True((bool)item["bankNotified"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.GetAsync("/api/stats/overdue")).StatusCode);
        var seen = await (await enterprise.Client.GetAsync($"/api/applications/{application["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)seen["overdue"]!);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var notices = await db.Outbox.AsNoTracking().Where(m => m.Type == "ApplicationOverdue" && m.Payload.Contains((string)application["id"]!)).ToListAsync();
            Assert.Equal($"bank:{bank.BankId}", Assert.Single(notices).Recipient);
        }

        // accepting late starts the 5 working days of the decision: 26th, 27th, Saturday 28th (worked), 2 and 3 March
        var accepted = await (await bank.Officer.PostAsync($"/api/applications/{application["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)accepted["decideDueAt"]!));
        Assert.Equal(0, await OverdueCount());
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero));
        await supervision.RunOnceAsync(CancellationToken.None); // the decision stage is supervised on its own
        Assert.Equal(1, await OverdueCount());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(2, await db.Outbox.AsNoTracking().CountAsync(m => m.Type == "ApplicationOverdue" && m.Payload.Contains((string)application["id"]!)));
        }
    }
}
