using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class CaseNumberDayConfiguration : IEntityTypeConfiguration<CaseNumberDay>
{
    public void Configure(EntityTypeBuilder<CaseNumberDay> b)
    {
        b.ToTable("case_numbers");
        b.HasKey(x => x.Day);
    }
}
