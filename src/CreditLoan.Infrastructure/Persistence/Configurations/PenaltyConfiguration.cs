using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class PenaltyConfiguration : IEntityTypeConfiguration<PenaltyRecord>
{
    public void Configure(EntityTypeBuilder<PenaltyRecord> b)
    {
        b.ToTable("penalty_records");
        b.HasKey(x => new { x.CreditCode, x.CaseNo });
        b.Bookkeeping();
        b.Property(x => x.CaseNo).HasMaxLength(100);
        b.Property(x => x.Authority).HasMaxLength(100);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(16);
    }
}
