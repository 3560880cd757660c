using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationStatsDayConfiguration : IEntityTypeConfiguration<ApplicationStatsDay>
{
    public void Configure(EntityTypeBuilder<ApplicationStatsDay> b)
    {
        b.ToTable("stats_applications_daily");
        b.HasKey(x => new { x.Dimension, x.Day, x.BankId, x.GroupKey });
        b.Property(x => x.Dimension).HasMaxLength(1).IsUnicode(false);
        b.Property(x => x.GroupKey).HasMaxLength(12).IsUnicode(false);
        b.HasIndex(x => new { x.BankId, x.Dimension, x.Day });
    }
}

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

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Domain.Notices.Notice>
{
    public void Configure(EntityTypeBuilder<Domain.Notices.Notice> b)
    {
        b.ToTable("notices");
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.Townships).AsJsonArray(6000);
        b.Property(x => x.Industries).AsJsonArray(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Ignore(x => x.KeyPrefix);
        b.HasIndex(x => x.CreatedAt);
    }
}

internal sealed class ServedDayConfiguration : IEntityTypeConfiguration<ServedDay>
{
    public void Configure(EntityTypeBuilder<ServedDay> b)
    {
        b.ToTable("stats_served_days");
        b.HasKey(x => new { x.Scope, x.EnterpriseId, x.Day });
        b.Property(x => x.Scope).HasMaxLength(32).IsUnicode(false);
    }
}

internal sealed class ServedPairConfiguration : IEntityTypeConfiguration<ServedPair>
{
    public void Configure(EntityTypeBuilder<ServedPair> b)
    {
        b.ToTable("stats_served_pairs");
        b.HasKey(x => new { x.Scope, x.Day, x.PrevDay });
        b.Property(x => x.Scope).HasMaxLength(32).IsUnicode(false);
    }
}
