using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class DishonestConfiguration : IEntityTypeConfiguration<DishonestRecord>
{
    public void Configure(EntityTypeBuilder<DishonestRecord> b)
    {
        b.ToTable("dishonest_records");
        b.HasKey(x => new { x.CreditCode, x.CaseNo });
        b.Bookkeeping();
        b.Property(x => x.CaseNo).HasMaxLength(100);
    }
}
