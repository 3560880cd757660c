using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class BankConfiguration : IEntityTypeConfiguration<Bank>
{
    public void Configure(EntityTypeBuilder<Bank> b)
    {
        b.ToTable("banks");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.OwnsMany(x => x.Commissions, c =>
        {
            c.ToTable("bank_commissions");
            c.WithOwner().HasForeignKey("BankId");
            c.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            c.HasKey("BankId", nameof(BankCommission.Type));
        });
        b.Navigation(x => x.Commissions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
