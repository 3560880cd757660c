using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal static class CreditRecordMapping
{
    public static void Bookkeeping<T>(this EntityTypeBuilder<T> b) where T : CreditRecord
    {
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
    }
}

internal sealed class TaxRatingConfiguration : IEntityTypeConfiguration<TaxRatingRecord>
{
    public void Configure(EntityTypeBuilder<TaxRatingRecord> b)
    {
        b.ToTable("tax_ratings");
        b.HasKey(x => new { x.CreditCode, x.Year });
        b.Bookkeeping();
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(1);
    }
}

internal sealed class SocialInsuranceConfiguration : IEntityTypeConfiguration<SocialInsuranceRecord>
{
    public void Configure(EntityTypeBuilder<SocialInsuranceRecord> b)
    {
        b.ToTable("social_insurance_records");
        b.HasKey(x => new { x.CreditCode, x.AsOf });
        b.Bookkeeping();
    }
}

internal sealed class UtilityConfiguration : IEntityTypeConfiguration<UtilityRecord>
{
    public void Configure(EntityTypeBuilder<UtilityRecord> b)
    {
        b.ToTable("utility_records");
        b.HasKey(x => new { x.CreditCode, x.AsOf });
        b.Bookkeeping();
    }
}

internal sealed class PenaltyConfiguration : IEntityTypeConfiguration<PenaltyRecord>
{
    public void Configure(EntityTypeBuilder<PenaltyRecord> b)
    {
        b.ToTable("penalty_records");
        b.HasKey(x => new { x.CreditCode, x.CaseNo });
        b.Bookkeeping();
        b.Property(x => x.CaseNo).HasMaxLength(100);
        b.Property(x => x.Authority).HasMaxLength(100);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class JudgmentConfiguration : IEntityTypeConfiguration<JudgmentRecord>
{
    public void Configure(EntityTypeBuilder<JudgmentRecord> b)
    {
        b.ToTable("judgment_records");
        b.HasKey(x => new { x.CreditCode, x.CaseNo });
        b.Bookkeeping();
        b.Property(x => x.CaseNo).HasMaxLength(100);
    }
}

internal sealed class DishonestConfiguration : IEntityTypeConfiguration<DishonestRecord>
{
    public void Configure(EntityTypeBuilder<DishonestRecord> b)
    {
        b.ToTable("dishonest_records");
        b.HasKey(x => new { x.CreditCode, x.CaseNo });
        b.Bookkeeping();
        b.Property(x => x.CaseNo).HasMaxLength(100);
    }
}

internal sealed class HonourConfiguration : IEntityTypeConfiguration<HonourRecord>
{
    public void Configure(EntityTypeBuilder<HonourRecord> b)
    {
        b.ToTable("honour_records");
        b.HasKey(x => new { x.CreditCode, x.AwardedOn, x.Title });
        b.Bookkeeping();
        b.Property(x => x.Title).HasMaxLength(200);
    }
}

internal sealed class CreditProfileConfiguration : IEntityTypeConfiguration<CreditProfile>
{
    public void Configure(EntityTypeBuilder<CreditProfile> b)
    {
        b.ToTable("credit_profiles");
        b.HasKey(x => x.CreditCode);
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.Grade).HasConversion<string>().HasMaxLength(1);
        b.HasIndex(x => x.Grade);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("consents");
        b.HasIndex(x => new { x.EnterpriseId, x.BankId });
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("delegations");
        b.HasKey(x => new { x.EnterpriseId, x.StationId });
        b.HasIndex(x => x.StationId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FinancingNeedConfiguration : IEntityTypeConfiguration<FinancingNeed>
{
    public void Configure(EntityTypeBuilder<FinancingNeed> b)
    {
        b.ToTable("needs");
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.Collateral).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MaxAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.PostedBy).HasMaxLength(200);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.ExpiresAt });
        b.HasIndex(x => x.PostedAt);
        b.HasIndex(x => new { x.EnterpriseId, x.Status });
    }
}
