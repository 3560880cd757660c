using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class LoanProductConfiguration : IEntityTypeConfiguration<LoanProduct>
{
    public void Configure(EntityTypeBuilder<LoanProduct> b)
    {
        b.ToTable("products");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MinGrade).HasConversion<string>().HasMaxLength(1);
        b.Property(x => x.MinAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.MaxAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.RepaymentMethods).AsJsonArray();
        b.Property(x => x.EnterpriseTypes).AsJsonArray();
        b.Property(x => x.Industries).AsJsonArray(1000);
        b.Property(x => x.Divisions).AsJsonArray();
        b.Property(x => x.RequiredMaterials).AsJsonArray();
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.PublishedAt });
        b.HasIndex(x => new { x.BankId, x.Status });
    }
}
