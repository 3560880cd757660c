using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class BankConfiguration : IEntityTypeConfiguration<Bank>
{
    public void Configure(EntityTypeBuilder<Bank> b)
    {
        b.ToTable("banks");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.OwnsMany(x => x.Commissions, c =>
        {
            c.ToTable("bank_commissions");
            c.WithOwner().HasForeignKey("BankId");
            c.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            c.HasKey("BankId", nameof(BankCommission.Type));
        });
        b.Navigation(x => x.Commissions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("stations");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.VillageCode).HasMaxLength(12).IsUnicode(false);
        b.HasIndex(x => x.VillageCode);
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.PartnerBankId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegistryRecordConfiguration : IEntityTypeConfiguration<RegistryRecord>
{
    public void Configure(EntityTypeBuilder<RegistryRecord> b)
    {
        b.ToTable("registry_records");
        b.HasKey(x => x.CreditCode);
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.LegalRepresentative).HasMaxLength(100);
        b.Property(x => x.Industry).HasMaxLength(3).IsUnicode(false);
        b.Property(x => x.DivisionCode).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("data_protection_keys");
        b.HasKey(x => x.Id);
        b.Property(x => x.FriendlyName).HasMaxLength(200);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Jobs.JobLease>
{
    public void Configure(EntityTypeBuilder<Jobs.JobLease> b)
    {
        b.ToTable("job_leases");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.Holder).HasMaxLength(200);
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.ToTable("import_batches");
        b.HasKey(x => new { x.Dataset, x.BatchId });
        b.Property(x => x.Dataset).HasMaxLength(32).IsUnicode(false);
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.ImportedBy).HasMaxLength(200);
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.LegalRepresentative).HasMaxLength(100);
        b.Property(x => x.Industry).HasMaxLength(3).IsUnicode(false);
        b.Property(x => x.DivisionCode).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.Phone).HasMaxLength(11).IsUnicode(false);
        b.HasIndex(x => x.DivisionCode);
        b.HasIndex(x => x.RegisteredAt);
    }
}

internal sealed class LoanProductConfiguration : IEntityTypeConfiguration<LoanProduct>
{
    public void Configure(EntityTypeBuilder<LoanProduct> b)
    {
        b.ToTable("products");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MinGrade).HasConversion<string>().HasMaxLength(1);
        b.Property(x => x.MinAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.MaxAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.RepaymentMethods).AsJsonArray();
        b.Property(x => x.EnterpriseTypes).AsJsonArray();
        b.Property(x => x.Industries).AsJsonArray(1000);
        b.Property(x => x.Divisions).AsJsonArray();
        b.Property(x => x.RequiredMaterials).AsJsonArray();
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.PublishedAt });
        b.HasIndex(x => new { x.BankId, x.Status });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(x => x.Actor).HasMaxLength(200);
        b.Property(x => x.ActorRole).HasMaxLength(16);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(16);
        b.Property(x => x.Detail).HasMaxLength(1000);
        b.HasIndex(x => x.At);
        b.HasIndex(x => x.EntityId);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.Property(x => x.Type).HasMaxLength(64);
        b.Property(x => x.Recipient).HasMaxLength(200);
        b.Property(x => x.Payload).HasMaxLength(4000);
        b.Property(x => x.DeduplicationKey).HasMaxLength(200);
        b.HasIndex(x => x.DeduplicationKey).IsUnique();
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => new { x.SentAt, x.FailedAt, x.NextAttemptAt });
    }
}
