using CreditLoan.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class RepaymentImportConfiguration : IEntityTypeConfiguration<RepaymentImport>
{
    public void Configure(EntityTypeBuilder<RepaymentImport> b)
    {
        b.ToTable("repayment_imports");
        b.HasKey(x => new { x.BankId, x.BatchId });
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.ImportedBy).HasMaxLength(200);
    }
}
