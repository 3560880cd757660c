using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> b)
    {
        b.ToTable("ledger_accounts");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Number).HasMaxLength(64).IsUnicode(false);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.HolderName).HasMaxLength(50);
        b.Property(x => x.MaskedIdNumber).HasMaxLength(18);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BankId, x.Kind });
        b.Ignore(x => x.IsAsset);
        b.Ignore(x => x.MayGoNegative);
    }
}
