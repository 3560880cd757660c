using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

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
