using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class PortfolioStatsDayConfiguration : IEntityTypeConfiguration<PortfolioStatsDay>
{
    public void Configure(EntityTypeBuilder<PortfolioStatsDay> b)
    {
        b.ToTable("stats_portfolio_daily");
        b.HasKey(x => new { x.Dimension, x.Day, x.BankId, x.GroupKey });
        b.Property(x => x.Dimension).HasMaxLength(1).IsUnicode(false);
        b.Property(x => x.GroupKey).HasMaxLength(12).IsUnicode(false);
        b.HasIndex(x => new { x.BankId, x.Dimension, x.Day });
    }
}
