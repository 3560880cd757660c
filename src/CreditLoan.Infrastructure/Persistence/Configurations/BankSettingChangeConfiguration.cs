using CreditLoan.Domain.Banks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class BankSettingChangeConfiguration : IEntityTypeConfiguration<BankSettingChange>
{
    public void Configure(EntityTypeBuilder<BankSettingChange> b)
    {
        b.ToTable("bank_setting_changes");
        b.Property(x => x.MakerCheckerThreshold).HasPrecision(18, 2);
        b.Property(x => x.WithdrawalLimitPerDay).HasPrecision(18, 2);
        b.Property(x => x.WithdrawalLimitPerTransaction).HasPrecision(18, 2);
        b.Property(x => x.CommissionsJson).HasColumnName("Commissions").HasMaxLength(1000);
        b.Property(x => x.Weakens).HasMaxLength(200).IsUnicode(false);
        b.Property(x => x.RequestedBy).HasMaxLength(450).IsUnicode(false);
        b.Property(x => x.ConfirmedBy).HasMaxLength(450).IsUnicode(false);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Ignore(x => x.Commissions);
        b.Ignore(x => x.WeakenedControls);
        b.HasIndex(x => new { x.BankId, x.Status });
    }
}
