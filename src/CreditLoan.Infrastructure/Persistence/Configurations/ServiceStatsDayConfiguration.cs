using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ServiceStatsDayConfiguration : IEntityTypeConfiguration<ServiceStatsDay>
{
    public void Configure(EntityTypeBuilder<ServiceStatsDay> b)
    {
        b.ToTable("stats_service_daily");
        b.HasKey(x => new { x.Day, x.Party, x.PartyId, x.Cause });
        b.Property(x => x.Party).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.Cause).HasMaxLength(24).IsUnicode(false);
        b.HasIndex(x => new { x.Party, x.PartyId, x.Day });
    }
}
