using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("stations");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.VillageCode).HasMaxLength(12).IsUnicode(false);
        b.HasIndex(x => x.VillageCode);
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.PartnerBankId).OnDelete(DeleteBehavior.Restrict);
    }
}
