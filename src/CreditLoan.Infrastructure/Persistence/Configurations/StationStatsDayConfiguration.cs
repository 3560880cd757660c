using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class StationStatsDayConfiguration : IEntityTypeConfiguration<StationStatsDay>
{
    public void Configure(EntityTypeBuilder<StationStatsDay> b)
    {
        b.ToTable("stats_station_daily");
        b.HasKey(x => new { x.Day, x.StationId, x.Type });
        b.Property(x => x.Type).HasMaxLength(24).IsUnicode(false);
        b.HasIndex(x => new { x.StationId, x.Day });
    }
}
