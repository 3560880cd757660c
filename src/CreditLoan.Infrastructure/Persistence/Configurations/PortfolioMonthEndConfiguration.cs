using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class PortfolioMonthEndConfiguration : IEntityTypeConfiguration<PortfolioMonthEnd>
{
    public void Configure(EntityTypeBuilder<PortfolioMonthEnd> b)
    {
        b.ToTable("stats_portfolio_month_end");
        b.HasKey(x => new { x.MonthEnd, x.Dimension, x.BankId, x.GroupKey });
        b.Property(x => x.Dimension).HasMaxLength(1).IsUnicode(false);
        b.Property(x => x.GroupKey).HasMaxLength(12).IsUnicode(false);
        b.HasIndex(x => new { x.BankId, x.Dimension, x.MonthEnd });
    }
}
