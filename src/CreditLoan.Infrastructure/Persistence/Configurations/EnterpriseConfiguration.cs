using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.LegalRepresentative).HasMaxLength(100);
        b.Property(x => x.Industry).HasMaxLength(3).IsUnicode(false);
        b.Property(x => x.DivisionCode).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.Phone).HasMaxLength(11).IsUnicode(false);
        b.HasIndex(x => x.DivisionCode);
        b.HasIndex(x => x.RegisteredAt);
    }
}
