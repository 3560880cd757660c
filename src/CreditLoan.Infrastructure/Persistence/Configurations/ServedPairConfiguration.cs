using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ServedPairConfiguration : IEntityTypeConfiguration<ServedPair>
{
    public void Configure(EntityTypeBuilder<ServedPair> b)
    {
        b.ToTable("stats_served_pairs");
        b.HasKey(x => new { x.Scope, x.Day, x.PrevDay });
        b.Property(x => x.Scope).HasMaxLength(32).IsUnicode(false);
    }
}
