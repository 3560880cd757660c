using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Billers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class BillerConfiguration : IEntityTypeConfiguration<Biller>
{
    public void Configure(EntityTypeBuilder<Biller> b)
    {
        b.ToTable("billers");
        b.Property(x => x.Name).HasMaxLength(Biller.NameLength);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        b.Property(x => x.BillNoHint).HasMaxLength(Biller.HintLength);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.HasIndex(x => x.BankId);
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
    }
}
