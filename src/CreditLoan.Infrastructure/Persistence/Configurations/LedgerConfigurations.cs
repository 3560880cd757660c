using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> b)
    {
        b.ToTable("ledger_accounts");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Number).HasMaxLength(64).IsUnicode(false);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.HolderName).HasMaxLength(50);
        b.Property(x => x.MaskedIdNumber).HasMaxLength(18);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BankId, x.Kind });
        b.Ignore(x => x.IsAsset);
        b.Ignore(x => x.MayGoNegative);
    }
}

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> b)
    {
        b.ToTable("postings");
        b.Ignore(x => x.TotalDebits);
        b.Ignore(x => x.TotalCredits);
        b.HasIndex(x => x.BusinessDate);
        b.OwnsMany(x => x.Entries, e =>
        {
            e.ToTable("ledger_entries");
            e.WithOwner().HasForeignKey(x => x.PostingId);
            e.HasKey(x => new { x.PostingId, x.Line });
            e.Property(x => x.Line).ValueGeneratedNever();
            e.HasIndex(x => x.AccountId);
        });
        b.Navigation(x => x.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StationTransactionConfiguration : IEntityTypeConfiguration<StationTransaction>
{
    public void Configure(EntityTypeBuilder<StationTransaction> b)
    {
        b.ToTable("station_transactions");
        b.Property(x => x.Type).HasMaxLength(24);
        b.Property(x => x.MaskedAccountNo).HasMaxLength(40);
        b.Property(x => x.BillNo).HasMaxLength(40);
        b.Property(x => x.Payee).HasMaxLength(100);
        b.Property(x => x.Agent).HasMaxLength(200);
        b.Property(x => x.ReceiptNo).HasMaxLength(24).IsUnicode(false);
        b.HasIndex(x => x.ReceiptNo).IsUnique();
        b.HasIndex(x => new { x.StationId, x.BusinessDate });
        b.HasIndex(x => new { x.AccountId, x.BusinessDate });
        b.Ignore(x => x.IsWithdrawal);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class StationDayConfiguration : IEntityTypeConfiguration<StationDay>
{
    public void Configure(EntityTypeBuilder<StationDay> b)
    {
        b.ToTable("station_days");
        b.HasKey(x => new { x.StationId, x.BusinessDate }); // a date closes once, whoever else tries at the same moment
        b.Ignore(x => x.Difference);
        b.Property(x => x.ClosedBy).HasMaxLength(200);
    }
}

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> b)
    {
        b.ToTable("jobs");
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.DivisionCode).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.Salary).HasMaxLength(50);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.ContactPhone).HasMaxLength(11);
        b.HasIndex(x => x.DivisionCode);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasKey(x => new { x.StationId, x.Key }); // the unique index that makes a concurrent retry lose, whatever the code checked
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.RequestHash).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.ResponseJson).HasMaxLength(2000);
        b.Property(x => x.RefusedField).HasMaxLength(40);
    }
}
