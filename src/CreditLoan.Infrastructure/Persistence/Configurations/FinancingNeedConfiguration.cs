using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

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
