using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ServedDayConfiguration : IEntityTypeConfiguration<ServedDay>
{
    public void Configure(EntityTypeBuilder<ServedDay> b)
    {
        b.ToTable("stats_served_days");
        b.HasKey(x => new { x.Scope, x.EnterpriseId, x.Day });
        b.Property(x => x.Scope).HasMaxLength(32).IsUnicode(false);
    }
}
