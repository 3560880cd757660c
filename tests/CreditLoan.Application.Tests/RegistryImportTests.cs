using System.Text;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Application.Features.Products;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Tests;

/// <summary>The bulk path of registry imports, which has provider-specific SQL, on both engines.</summary>
public abstract class RegistryImportTests<THost>(THost host) : IClassFixture<THost> where THost : SliceHost
{
    protected THost Host => host;

    [Fact]
    public async Task A_file_of_several_chunks_lands_entirely_and_a_later_batch_upserts()
    {
        const int rows = 12_345;
        var codes = Enumerable.Range(0, rows).Select(_ => TestData.CreditCode()).ToList();
        var csv = new StringBuilder(TestData.RegistryHeader).Append('\n');
        foreach (var code in codes) csv.Append(TestData.RegistryRow(code, name: "批量企业" + code[^4..])).Append('\n');
        var report = await host.SendAsync(TestCurrentUser.Bureau,
            new ImportCreditDataCommand("registry", "bulk-" + Guid.NewGuid().ToString("N")[..8], new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), ImportFormat.Csv));
        Assert.Equal(rows, report.Accepted);
        Assert.Equal(0, report.Rejected);

        var stored = await host.WithDbAsync(db => db.RegistryRecords.CountAsync(r => codes.Take(1000).Contains(r.CreditCode)));
        Assert.Equal(1000, stored);
        var last = codes[^1];
        var sample = await host.WithDbAsync(db => db.RegistryRecords.AsNoTracking().SingleAsync(r => r.CreditCode == last));
        Assert.Equal("批量企业" + codes[^1][^4..], sample.Name);
        Assert.Equal(500_000.00m, sample.RegisteredCapital);
        Assert.Equal(new DateOnly(2015, 3, 10), sample.EstablishedOn);
        Assert.Equal(EnterpriseType.Cooperative, sample.Type);

        var update = TestData.RegistryHeader + "\n" + TestData.RegistryRow(codes[0], name: "改名后", capital: "1.5", type: "Company") + "\n";
        await host.SendAsync(TestCurrentUser.Bureau,
            new ImportCreditDataCommand("registry", "upd-" + Guid.NewGuid().ToString("N")[..8], new MemoryStream(Encoding.UTF8.GetBytes(update)), ImportFormat.Csv));
        var first = codes[0];
        var changed = await host.WithDbAsync(db => db.RegistryRecords.AsNoTracking().SingleAsync(r => r.CreditCode == first));
        Assert.Equal("改名后", changed.Name);
        Assert.Equal(1.5m, changed.RegisteredCapital);
        Assert.Equal(EnterpriseType.Company, changed.Type);
    }
}

public sealed class SqliteRegistryImportTests(SqliteHost host) : RegistryImportTests<SqliteHost>(host)
{
    /// <summary>docs/platform-notes.md: with INSERT … RETURNING the WAL never checkpoints and grows ~8 KB a row.</summary>
    [Fact]
    public async Task The_write_ahead_log_stays_bounded_under_many_small_commits()
    {
        var bank = await Host.SendAsync(TestCurrentUser.Bureau, new Features.Banks.CreateBankCommand("WAL银行", TestData.CreditCode()));
        var officer = TestCurrentUser.BankOfficer(bank.Id);
        for (var i = 0; i < 2_000; i++)
        {
            await Host.SendAsync(officer, new CreateProductCommand($"产品{i}", ProductCategory.Credit, 1000m, 2000m, 1, 12, 3m, 4m,
                [RepaymentMethod.BulletPayment], [], [], CreditGrade.D, 0, [], false, [], null));
        }
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Host.ConnectionString).DataSource + "-wal";
        var walBytes = new FileInfo(path).Length;
        Assert.True(walBytes < 12 * 1024 * 1024, $"the WAL grew to {walBytes / 1024} KB over 4,000 rows");
    }
}

public sealed class MariaDbRegistryImportTests(MariaDbHost host) : RegistryImportTests<MariaDbHost>(host);
