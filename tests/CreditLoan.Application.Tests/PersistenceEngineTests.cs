using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.Products;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Application.Tests;

/// <summary>What depends on the database engine: migrations, unique indexes, concurrency tokens, precision, Chinese text.</summary>
public abstract class PersistenceEngineTests<THost>(THost host) : IClassFixture<THost> where THost : SliceHost
{
    private static ProductTerms Terms(decimal maxAmount = 500_000m, decimal minRate = 3.85m) => new(
        "牧业贷", ProductCategory.Credit, 10_000m, maxAmount, 6, 36, minRate, 6.5m, [RepaymentMethod.EqualInstallment],
        ["A"], ["130682"], CreditGrade.C, 1, [], false, ["营业执照"], null);

    private async Task<Bank> NewBankAsync(string name = "定州农商银行") =>
        await host.WithDbAsync(async db =>
        {
            var bank = new Bank(name, TestData.CreditCode(), DateTimeOffset.UtcNow);
            db.Banks.Add(bank);
            await db.SaveChangesAsync();
            return bank;
        });

    [Fact]
    public async Task Migrations_are_all_applied_at_start_up()
    {
        var pending = await host.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        Assert.Empty(pending);
        var applied = await host.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.NotEmpty(applied);
    }

    [Fact]
    public async Task Instants_compare_as_instants_whatever_offset_a_value_carries()
    {
        // 04:30 China time on 2 December is 20:30 UTC on 1 December: one instant, written two ways
        var utc = new DateTimeOffset(2026, 12, 1, 20, 30, 0, TimeSpan.Zero);
        var china = utc.ToOffset(ChinaTime.Offset);
        var bank = await host.WithDbAsync(async db =>
        {
            var b = new Bank("时刻银行", TestData.CreditCode(), china);
            db.Banks.Add(b);
            await db.SaveChangesAsync();
            return b;
        });
        var read = await host.WithDbAsync(db => db.Banks.AsNoTracking().SingleAsync(b => b.Id == bank.Id));
        Assert.Equal(utc, read.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
        foreach (var parameter in new[] { utc, china })
        {
            var id = bank.Id;
            Assert.Equal(1, await host.WithDbAsync(db => db.Banks.CountAsync(b => b.Id == id && b.CreatedAt == parameter)));
            Assert.Equal(1, await host.WithDbAsync(db => db.Banks.CountAsync(b => b.Id == id && b.CreatedAt >= parameter && b.CreatedAt < parameter.AddSeconds(1))));
            Assert.Equal(0, await host.WithDbAsync(db => db.Banks.CountAsync(b => b.Id == id && b.CreatedAt > parameter)));
            // the China day that holds it, as the withdrawal limit and the statistics ask
            var (start, end) = ChinaTime.DayOf(parameter);
            Assert.Equal(1, await host.WithDbAsync(db => db.Banks.CountAsync(b => b.Id == id && b.CreatedAt >= start && b.CreatedAt < end)));
            var (chinaStart, chinaEnd) = (start.ToOffset(ChinaTime.Offset), end.ToOffset(ChinaTime.Offset));
            Assert.Equal(1, await host.WithDbAsync(db => db.Banks.CountAsync(b => b.Id == id && b.CreatedAt >= chinaStart && b.CreatedAt < chinaEnd)));
        }
    }

    [Fact]
    public async Task Money_keeps_two_decimals_up_to_eighteen_digits_and_rates_four()
    {
        var bank = await NewBankAsync();
        var product = new LoanProduct(bank.Id, Terms(maxAmount: 9_999_999_999_999_999.99m, minRate: 4.3521m), DateTimeOffset.UtcNow);
        await host.WithDbAsync(async db =>
        {
            db.Products.Add(product);
            return await db.SaveChangesAsync();
        });
        var read = await host.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal(9_999_999_999_999_999.99m, read.MaxAmount);
        Assert.Equal(4.3521m, read.MinAnnualRate);

        // comparisons are numeric, not textual, on both engines
        var found = await host.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Id == product.Id && p.MinAmount <= 9_999.99m + 0.02m && p.MaxAmount >= 100_000_000m).CountAsync());
        Assert.Equal(1, found);
    }

    [Fact]
    public async Task Chinese_text_including_supplementary_characters_round_trips()
    {
        const string name = "𠀀𪚥定州市东亭镇农村信用合作社（测试）";
        var bank = await NewBankAsync(name);
        var read = await host.WithDbAsync(db => db.Banks.AsNoTracking().SingleAsync(b => b.Id == bank.Id));
        Assert.Equal(name, read.Name);
        var byName = await host.WithDbAsync(db => db.Banks.AsNoTracking().CountAsync(b => b.Name == name));
        Assert.Equal(1, byName);
    }

    [Fact]
    public async Task The_unique_index_refuses_a_second_bank_with_the_same_credit_code()
    {
        var code = TestData.CreditCode();
        await host.WithDbAsync(async db =>
        {
            db.Banks.Add(new Bank("甲", code, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => host.WithDbAsync(async db =>
        {
            db.Banks.Add(new Bank("乙", code, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        }));
        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [Fact]
    public async Task A_change_made_from_a_stale_read_is_refused_by_the_concurrency_token()
    {
        var bank = await NewBankAsync();
        var product = new LoanProduct(bank.Id, Terms(), DateTimeOffset.UtcNow);
        await host.WithDbAsync(async db =>
        {
            db.Products.Add(product);
            return await db.SaveChangesAsync();
        });
        await using var scope1 = host.Services.CreateAsyncScope();
        await using var scope2 = host.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await db1.Products.SingleAsync(p => p.Id == product.Id);
        var second = await db2.Products.SingleAsync(p => p.Id == product.Id);
        first.Publish(DateTimeOffset.UtcNow);
        second.Retire(DateTimeOffset.UtcNow);
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await host.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal(ProductStatus.Published, stored.Status);
    }

    [Fact]
    public async Task Every_command_leaves_one_audit_row_with_actor_action_entity_and_outcome()
    {
        var bank = await host.SendAsync(TestCurrentUser.Bureau, new CreateBankCommand("审计银行", TestData.CreditCode()));
        var rows = await host.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EntityId == bank.Id.ToString()).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal("CreateBank", row.Action);
        Assert.Equal("Succeeded", row.Outcome);
        Assert.Equal("bureau", row.ActorRole);
        Assert.Contains("admin", row.Actor);

        // refused inside the transaction: nothing of the change stays, the refusal is audited
        var officer = TestCurrentUser.BankOfficer(bank.Id, "audit-officer");
        var product = await host.SendAsync(officer, new CreateProductCommand("p", ProductCategory.Credit, 1000m, 2000m, 1, 12, 3m, 4m,
            [RepaymentMethod.BulletPayment], [], [], CreditGrade.D, 0, [], false, [], null));
        await host.SendAsync(officer, new PublishProductCommand(product.Id));
        await Assert.ThrowsAsync<InvalidStateException>(() => host.SendAsync(officer, new PublishProductCommand(product.Id)));
        var refusals = await host.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.Actor.Contains("audit-officer") && a.Action == "PublishProduct").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Succeeded", "Refused"], refusals.Select(r => r.Outcome));
        Assert.Contains("Published", refusals[1].Detail);

        // refused at the door (wrong role): audited too
        await Assert.ThrowsAsync<Common.ForbiddenAccessException>(() =>
            host.SendAsync(TestCurrentUser.EnterpriseUser(Guid.NewGuid()), new CreateBankCommand("冒名", TestData.CreditCode())));
        var forbidden = await host.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.Action == "CreateBank" && a.ActorRole == "enterprise").ToListAsync());
        Assert.Equal("Refused", Assert.Single(forbidden).Outcome);
    }

    [Fact]
    public async Task The_audit_log_refuses_changes_and_deletions()
    {
        await host.SendAsync(TestCurrentUser.Bureau, new CreateBankCommand("只增银行", TestData.CreditCode()));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.AuditLog.OrderByDescending(a => a.Id).FirstAsync();
        db.AuditLog.Remove(row);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqlitePersistenceEngineTests(SqliteHost host) : PersistenceEngineTests<SqliteHost>(host);

public sealed class MariaDbPersistenceEngineTests(MariaDbHost host) : PersistenceEngineTests<MariaDbHost>(host);
