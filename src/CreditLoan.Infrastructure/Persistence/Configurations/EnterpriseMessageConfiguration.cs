using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseMessageConfiguration : IEntityTypeConfiguration<EnterpriseMessage>
{
    public void Configure(EntityTypeBuilder<EnterpriseMessage> b)
    {
        b.ToTable("enterprise_messages");
        b.Property(x => x.Type).HasMaxLength(40).IsUnicode(false);
        b.Property(x => x.Category).HasMaxLength(20).IsUnicode(false);
        b.Property(x => x.Text).HasMaxLength(EnterpriseMessage.MaxText);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        // the centre's pages (newest first, a tab) and the navigation's unread count
        b.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
        b.HasIndex(x => new { x.EnterpriseId, x.Category, x.CreatedAt });
        b.HasIndex(x => new { x.EnterpriseId, x.ReadAt });
    }
}
