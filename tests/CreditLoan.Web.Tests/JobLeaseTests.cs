using System.Net;
using CreditLoan.Infrastructure.Jobs;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CreditLoan.Web.Tests;

/// <summary>The background jobs run on exactly one instance, which hands over when it stops renewing (ADR 0007).</summary>
public abstract class JobLeaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private JobLeadership Instance(string name, string lease, int seconds = 1) => new(app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
        Options.Create(new JobLeaseOptions { InstanceName = name, LeaseName = lease, LeaseSeconds = seconds, RenewSeconds = 1 }), NullLogger<JobLeadership>.Instance);

    [Fact]
    public async Task The_running_instance_takes_the_lease_and_says_so()
    {
        var bureau = await app.BureauAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        System.Text.Json.Nodes.JsonObject status;
        do
        {
            status = await (await bureau.GetAsync("/api/ops/instance")).ReadJsonAsync(HttpStatusCode.OK);
            if ((bool)status["runsJobs"]!) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        Assert.True((bool)status["runsJobs"]!, status.ToJsonString());
        Assert.Equal((string)status["instance"]!, (string)status["lease"]!["holder"]!);
        Assert.True(DateTimeOffset.Parse((string)status["lease"]!["expiresAt"]!) > DateTimeOffset.UtcNow);
        Assert.Equal("1.0.0", (string)status["version"]!);   // the release (Directory.Build.props), and the schema it runs on
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(scope.ServiceProvider.GetRequiredService<CreditLoan.Infrastructure.Persistence.AppDbContext>().Database.GetMigrations().Last(),
                (string)status["schemaMigration"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewBankAsync()).Officer.GetAsync("/api/ops/instance")).StatusCode);
    }

    [Fact]
    public async Task Of_instances_racing_for_the_lease_exactly_one_wins_and_another_takes_over_when_it_stops_renewing()
    {
        var lease = "test-" + Guid.NewGuid().ToString("N")[..8];
        var instances = Enumerable.Range(1, 6).Select(i => Instance($"instance-{i}", lease, seconds: 2)).ToList();
        var won = await Task.WhenAll(instances.Select(i => i.TryHoldAsync(CancellationToken.None)));
        Assert.Equal(1, won.Count(w => w));
        var leader = instances[Array.IndexOf(won, true)];
        Assert.True(leader.IsLeader);
        Assert.True(await leader.TryHoldAsync(CancellationToken.None));                    // renewing its own lease
        var others = instances.Where(i => i != leader).ToList();
        Assert.All(await Task.WhenAll(others.Select(i => i.TryHoldAsync(CancellationToken.None))), Assert.False);

        // the leader stops renewing (its process died): trusted only until one renewal before the end, then someone else
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.False(leader.IsLeader);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var next = await Task.WhenAll(others.Select(i => i.TryHoldAsync(CancellationToken.None)));
        Assert.Equal(1, next.Count(w => w));
        Assert.False(await leader.TryHoldAsync(CancellationToken.None));                   // back, but the lease is taken
        Assert.False(leader.IsLeader);
    }
}

public sealed class SqliteJobLeaseTests(SqliteApp app) : JobLeaseTests<SqliteApp>(app);

public sealed class MariaDbJobLeaseTests(MariaDbApp app) : JobLeaseTests<MariaDbApp>(app);
