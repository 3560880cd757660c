using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class SocialInsuranceConfiguration : IEntityTypeConfiguration<SocialInsuranceRecord>
{
    public void Configure(EntityTypeBuilder<SocialInsuranceRecord> b)
    {
        b.ToTable("social_insurance_records");
        b.HasKey(x => new { x.CreditCode, x.AsOf });
        b.Bookkeeping();
    }
}
