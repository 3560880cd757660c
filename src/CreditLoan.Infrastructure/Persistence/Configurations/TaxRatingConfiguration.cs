using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class TaxRatingConfiguration : IEntityTypeConfiguration<TaxRatingRecord>
{
    public void Configure(EntityTypeBuilder<TaxRatingRecord> b)
    {
        b.ToTable("tax_ratings");
        b.HasKey(x => new { x.CreditCode, x.Year });
        b.Bookkeeping();
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(1);
    }
}
