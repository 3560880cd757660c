using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Credit;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Infrastructure.Outbox;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Application.Tests;

/// <summary>Time-driven rules with a fake clock: consents run out 90 days after the application closes; needs after 90 days.</summary>
public sealed class ConsentAndExpiryTests(SqliteOutboxHost host) : IClassFixture<SqliteOutboxHost>
{
    private async Task<Enterprise> NewEnterpriseAsync()
    {
        var code = TestData.CreditCode();
        return await host.WithDbAsync(async db =>
        {
            var registry = new RegistryRecord(code, "测试企业", Domain.Common.EnterpriseType.Company, null, new DateOnly(2015, 1, 1), 1m, "A03", "130682101200", "r",
                host.Clock.GetUtcNow());
            db.RegistryRecords.Add(registry);
            var enterprise = Enterprise.RegisterFrom(registry, "13812345678", host.Clock.GetUtcNow());
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise;
        });
    }

    [Fact]
    public async Task A_consent_runs_out_90_days_after_its_application_closes()
    {
        var enterprise = await NewEnterpriseAsync();
        var bank = await host.SendAsync(TestCurrentUser.Bureau, new Features.Banks.CreateBankCommand("银行", TestData.CreditCode()));
        var officer = TestCurrentUser.BankOfficer(bank.Id);
        var consent = new Consent(enterprise.Id, bank.Id, Guid.NewGuid(), host.Clock.GetUtcNow());
        await host.WithDbAsync(async db =>
        {
            db.Consents.Add(consent);
            return await db.SaveChangesAsync();
        });
        var report = await host.SendAsync(officer, new GetCreditReportQuery(enterprise.Id));
        Assert.Equal(enterprise.CreditCode, report.CreditCode);

        host.Clock.Advance(TimeSpan.FromDays(200)); // still open: no expiry yet
        await host.SendAsync(officer, new GetCreditReportQuery(enterprise.Id));

        await host.WithDbAsync(async db =>
        {
            var stored = await db.Consents.SingleAsync(c => c.Id == consent.Id);
            stored.ApplicationClosed(host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        host.Clock.Advance(TimeSpan.FromDays(89));
        await host.SendAsync(officer, new GetCreditReportQuery(enterprise.Id));
        host.Clock.Advance(TimeSpan.FromDays(1));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(officer, new GetCreditReportQuery(enterprise.Id)));
    }

    [Fact]
    public async Task Open_needs_expire_after_90_days()
    {
        var enterprise = await NewEnterpriseAsync();
        var user = TestCurrentUser.EnterpriseUser(enterprise.Id);
        var need = await host.SendAsync(user, new PostNeedCommand(50_000m, 12, "买饲料", Collateral.None, null));
        host.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(NeedStatus.Open, (await host.SendAsync(user, new GetNeedQuery(need.Id))).Status);
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(NeedStatus.Expired, (await host.SendAsync(user, new GetNeedQuery(need.Id))).Status); // shown so at once
        await Assert.ThrowsAsync<Domain.Common.InvalidStateException>(() => host.SendAsync(user, new CloseNeedCommand(need.Id)));

        var job = ActivatorUtilities.CreateInstance<NeedExpiryService>(host.Services);
        Assert.True(await job.ExpireDueAsync(CancellationToken.None) >= 1);
        var stored = await host.WithDbAsync(db => db.Needs.AsNoTracking().SingleAsync(n => n.Id == need.Id));
        Assert.Equal(NeedStatus.Expired, stored.Status);
        Assert.Equal(0, await job.ExpireDueAsync(CancellationToken.None));
    }
}
