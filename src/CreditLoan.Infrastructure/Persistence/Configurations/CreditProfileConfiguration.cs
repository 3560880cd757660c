using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class CreditProfileConfiguration : IEntityTypeConfiguration<CreditProfile>
{
    public void Configure(EntityTypeBuilder<CreditProfile> b)
    {
        b.ToTable("credit_profiles");
        b.HasKey(x => x.CreditCode);
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.Grade).HasConversion<string>().HasMaxLength(1);
        b.HasIndex(x => x.Grade);
    }
}
