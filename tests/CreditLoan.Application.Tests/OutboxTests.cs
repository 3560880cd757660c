using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CreditLoan.Application.Tests;

/// <summary>A channel that fails while told to, and remembers what it delivered.</summary>
public sealed class FlakySender : INotificationSender
{
    public bool Failing { get; set; }
    public List<Guid> Delivered { get; } = [];

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Failing) throw new HttpRequestException("SMS gateway unreachable");
        lock (Delivered) Delivered.Add(message.Id);
        return Task.CompletedTask;
    }
}

public class OutboxHost(TestDatabase database) : SliceHost(database)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero));
    public FlakySender Sender { get; } = new();

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<INotificationSender>(Sender);
    }
}

public sealed class SqliteOutboxHost() : OutboxHost(TestDatabase.Sqlite);

public sealed class MariaDbOutboxHost() : OutboxHost(TestDatabase.MariaDb);

public abstract class OutboxTests<THost>(THost host) : IClassFixture<THost> where THost : OutboxHost
{
    private async Task<Guid> QueueAsync(string? key = null)
    {
        return await host.WithDbAsync(async db =>
        {
            db.Notify("Test", "13812345678", new { text = "您的贷款申请已受理" }, host.Clock.GetUtcNow(), key);
            await db.SaveChangesAsync();
            return db.Outbox.Local.Last().Id;
        });
    }

    private Task<OutboxMessage> LoadAsync(Guid id) => host.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    private Task<int> DispatchAsync() => host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None);

    [Fact]
    public async Task Messages_are_delivered_once_and_retried_with_back_off_until_they_give_up()
    {
        host.Sender.Failing = false;
        var ok = await QueueAsync();
        await DispatchAsync();
        Assert.NotNull((await LoadAsync(ok)).SentAt);
        await DispatchAsync();
        Assert.Single(host.Sender.Delivered, ok);

        host.Sender.Failing = true;
        var flaky = await QueueAsync();
        await DispatchAsync();
        var failedOnce = await LoadAsync(flaky);
        Assert.Equal(1, failedOnce.Attempts);
        Assert.Null(failedOnce.SentAt);
        Assert.Equal(host.Clock.GetUtcNow().AddSeconds(2), failedOnce.NextAttemptAt);
        Assert.Contains("unreachable", failedOnce.LastError);

        await DispatchAsync(); // not due yet: nothing happens
        Assert.Equal(1, (await LoadAsync(flaky)).Attempts);

        for (var attempt = 2; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            await DispatchAsync();
        }
        var dead = await LoadAsync(flaky);
        Assert.Equal(OutboxMessage.MaxAttempts, dead.Attempts);
        Assert.NotNull(dead.FailedAt);

        host.Sender.Failing = false;
        var recovering = await QueueAsync();
        host.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAsync();
        Assert.DoesNotContain(flaky, host.Sender.Delivered);
        Assert.Contains(recovering, host.Sender.Delivered);
    }

    [Fact]
    public async Task A_deduplication_key_is_never_queued_twice()
    {
        var key = "publish:" + Guid.NewGuid();
        await QueueAsync(key);
        await Assert.ThrowsAsync<DbUpdateException>(() => QueueAsync(key));
    }
}

public sealed class SqliteOutboxTests(SqliteOutboxHost host) : OutboxTests<SqliteOutboxHost>(host);

public sealed class MariaDbOutboxTests(MariaDbOutboxHost host) : OutboxTests<MariaDbOutboxHost>(host);
