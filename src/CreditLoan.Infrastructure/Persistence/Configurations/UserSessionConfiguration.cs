using CreditLoan.Application.Common.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(32).IsUnicode(false);
        b.Property(x => x.UserId).HasMaxLength(450).IsUnicode(false);
        b.Property(x => x.RevokedBecause).HasMaxLength(32).IsUnicode(false);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.ExpiresAt);
    }
}
