using CreditLoan.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> b)
    {
        b.ToTable("ratings");
        b.Property(x => x.SubjectType).HasConversion<string>().HasMaxLength(20);
        // one rating per subject: a second one, even a concurrent one, is a 409
        b.HasIndex(x => new { x.SubjectType, x.SubjectId }).IsUnique();
        b.Property(x => x.Comment).HasMaxLength(Rating.MaxComment);
        b.Property(x => x.Party).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.RatedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.Party, x.PartyId, x.RatedAt });
    }
}
