using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

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
