using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.ToTable("import_batches");
        b.HasKey(x => new { x.Dataset, x.BatchId });
        b.Property(x => x.Dataset).HasMaxLength(32).IsUnicode(false);
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.ImportedBy).HasMaxLength(200);
    }
}
