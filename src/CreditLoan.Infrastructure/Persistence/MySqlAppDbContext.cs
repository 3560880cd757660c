using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreditLoan.Infrastructure.Persistence;

public sealed class MySqlAppDbContext : AppDbContext
{
    public MySqlAppDbContext(DbContextOptions<MySqlAppDbContext> options) : base(options) =>
        // no SAVEPOINT around each SaveChanges inside a command's transaction: a failed command rolls its whole
        // transaction back anyway, and savepoints rolled back under Galera have a history of leaving a node's
        // transaction half open (MDEV-22021, MDEV-32549; ADR 0007)
        Database.AutoSavepointsEnabled = false;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Chinese names must round-trip: utf8mb4 for the database and every column.
        builder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        // Identifiers compare exactly (batch "B1" is not batch "b1"), as they do on SQLite.
        builder.Entity<ImportBatch>(b =>
        {
            b.Property(x => x.Dataset).UseCollation("ascii_bin");
            b.Property(x => x.BatchId).UseCollation("ascii_bin");
        });
        // Natural keys of government records compare exactly too: the importer decides "changed" by exact comparison.
        builder.Entity<PenaltyRecord>().Property(x => x.CaseNo).UseCollation("utf8mb4_bin");
        builder.Entity<JudgmentRecord>().Property(x => x.CaseNo).UseCollation("utf8mb4_bin");
        builder.Entity<DishonestRecord>().Property(x => x.CaseNo).UseCollation("utf8mb4_bin");
        builder.Entity<HonourRecord>().Property(x => x.Title).UseCollation("utf8mb4_bin");
        builder.Entity<IdempotencyRecord>().Property(x => x.Key).UseCollation("utf8mb4_bin"); // "abc" and "ABC" are different keys
    }
}
