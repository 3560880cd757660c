using CreditLoan.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

/// <summary>Divisions of later NBS editions where they differ from the shipped one (new, renamed, retired).</summary>
internal sealed class DivisionRecordConfiguration : IEntityTypeConfiguration<DivisionRecord>
{
    public void Configure(EntityTypeBuilder<DivisionRecord> b)
    {
        b.ToTable("divisions");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(12).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.ParentCode).HasMaxLength(12);
        b.Property(x => x.Edition).HasMaxLength(10).IsRequired();
        b.Property(x => x.RetiredIn).HasMaxLength(10);
        b.HasIndex(x => x.ParentCode);
    }
}
